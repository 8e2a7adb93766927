using System.Text;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Search.Extraction;

namespace Platform.Modules.Documents.Tests.Search;

public sealed class TextExtractionTests
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public void A_pdf_gives_the_words_of_every_page()
    {
        var text = Extract(SearchTestFiles.Pdf("Quarterly budget review", "Appendix with zebra figures"), "application/pdf", "report.pdf");

        Assert.Equal(ExtractionOutcome.Text, text.Outcome);
        Assert.Contains("Quarterly budget review", text.Text, StringComparison.Ordinal);
        Assert.Contains("zebra", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_excel_and_powerpoint_files_give_their_paragraphs_cells_and_slides()
    {
        var word = Extract(SearchTestFiles.Docx("Employment contract", "Notice period of three months"), Docx, "contract.docx");
        Assert.Equal(ExtractionOutcome.Text, word.Outcome);
        Assert.Equal("Employment contract Notice period of three months", word.Text);

        var sheet = Extract(SearchTestFiles.Xlsx("Budget 2026", "Travel expenses", "Hardware", "1234.5"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "budget.xlsx");
        Assert.Equal(ExtractionOutcome.Text, sheet.Outcome);
        Assert.Equal("Budget 2026 Travel expenses Hardware 1234.5", sheet.Text);

        var slides = Extract(SearchTestFiles.Pptx("Roadmap kickoff", "Milestones ahead"),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "deck.pptx");
        Assert.Equal(ExtractionOutcome.Text, slides.Outcome);
        Assert.Equal("Roadmap kickoff Milestones ahead", slides.Text);
    }

    [Fact]
    public void Office_files_sniffed_only_as_zip_are_read_by_their_extension()
    {
        var text = Extract(SearchTestFiles.Docx("Zipped words"), "application/zip", "notes.docx");

        Assert.Equal("Zipped words", text.Text);
        Assert.Equal(ExtractionOutcome.Unsupported, Extract(SearchTestFiles.Docx("x"), "application/zip", "archive.zip").Outcome);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Plain_text_and_markdown_are_decoded_by_their_byte_order_mark(string encoding)
    {
        const string content = "# Café menu\nCrème brûlée – 5 €";
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(content),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(content)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(content)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(content)],
        };

        var text = Extract(bytes, "text/markdown", "menu.md");

        Assert.Equal(ExtractionOutcome.Text, text.Outcome);
        Assert.Equal("# Café menu Crème brûlée – 5 €", text.Text);
    }

    [Fact]
    public void Damaged_and_encrypted_looking_files_index_by_name_only_and_never_throw()
    {
        var pdf = SearchTestFiles.Pdf("Some text");
        var truncated = pdf[..(pdf.Length / 3)];
        Assert.Equal(ExtractionOutcome.Unreadable, Extract(truncated, "application/pdf", "broken.pdf").Outcome);
        Assert.Equal(ExtractionOutcome.Unreadable, Extract("not a zip at all"u8.ToArray(), Docx, "fake.docx").Outcome);
        // An encrypted Office file is an OLE compound file, not a zip package.
        byte[] compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        Assert.Equal(ExtractionOutcome.Unreadable, Extract(compound, Docx, "secret.docx").Outcome);
        Assert.Equal("", Extract(compound, Docx, "secret.docx").Text);
    }

    [Fact]
    public void Images_and_other_formats_are_not_read()
    {
        Assert.Equal(ExtractionOutcome.Unsupported, Extract([0x89, 0x50, 0x4E, 0x47], "image/png", "photo.png").Outcome);
        Assert.Equal(ExtractionOutcome.Unsupported, Extract([1, 2, 3], "application/octet-stream", "data.bin").Outcome);
    }

    [Fact]
    public void Text_is_capped_without_splitting_a_surrogate_pair_and_control_characters_become_spaces()
    {
        var text = Extract(Encoding.UTF8.GetBytes("ab\u0007cd😀😀"), "text/plain", "a.txt", maxChars: 6);

        Assert.Equal("ab cd", text.Text);
        Assert.Equal(ExtractionOutcome.Text, Extract(Encoding.UTF8.GetBytes(new string('x', 5000)), "text/plain", "big.txt", maxChars: 100).Outcome);
        Assert.Equal(100, Extract(Encoding.UTF8.GetBytes(new string('x', 5000)), "text/plain", "big.txt", maxChars: 100).Text.Length);
    }

    [Fact]
    public void Text_split_across_read_buffers_keeps_its_words_whole()
    {
        var content = new string('a', 16 * 1024 - 2) + " budget";

        Assert.EndsWith(" budget", Extract(Encoding.UTF8.GetBytes(content), "text/plain", "long.txt").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_keep_paragraphs_rows_and_pdf_lines_apart_for_comparing_versions()
    {
        var word = Lines(SearchTestFiles.Docx("Employment contract", "Notice period of three months"), Docx, "contract.docx");
        Assert.Equal("Employment contract\nNotice period of three months", word.Text);

        var sheet = Lines(SearchTestFiles.Xlsx("Budget 2026", "Travel expenses", "Hardware", "1234.5"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "budget.xlsx");
        Assert.Equal("Budget 2026\nTravel expenses\tHardware\t1234.5", sheet.Text);

        var pdf = Lines(SearchTestFiles.Pdf("First page text", "Second page text"), "application/pdf", "report.pdf");
        Assert.Equal(["First page text", "Second page text"], pdf.Text.Split('\n'));
    }

    [Fact]
    public void Lines_of_a_text_file_end_in_one_line_break_whatever_the_convention_even_split_across_read_buffers()
    {
        var crlfAcrossBuffers = new string('a', 16 * 1024 - 1) + "\r\nnext";
        var text = Lines(Encoding.UTF8.GetBytes("one\r\ntwo\rthree\n\tfour\u0007\n"), "text/plain", "a.txt").Text;

        Assert.Equal("one\ntwo\nthree\n\tfour \n", text);
        Assert.Equal(new string('a', 16 * 1024 - 1) + "\nnext", Lines(Encoding.UTF8.GetBytes(crlfAcrossBuffers), "text/plain", "b.txt").Text);
    }

    private static ExtractedText Extract(byte[] bytes, string contentType, string fileName, int maxChars = SearchEntry.MaxBodyChars) =>
        TextExtractor.Extract(new MemoryStream(bytes), contentType, fileName, TextShape.Search with { MaxChars = maxChars });

    private static ExtractedText Lines(byte[] bytes, string contentType, string fileName) =>
        TextExtractor.Extract(new MemoryStream(bytes), contentType, fileName, TextShape.Comparison);
}

public sealed class TextExtractorLimitTests
{
    [Fact]
    public async Task Files_over_the_extraction_size_limit_are_indexed_without_reading_them()
    {
        var extractor = new TextExtractor(new DocumentsOptions { SearchMaxExtractBytes = 10 }, Microsoft.Extensions.Logging.Abstractions.NullLogger<TextExtractor>.Instance);

        var large = await extractor.ExtractAsync(new MemoryStream(new byte[11]), 11, "text/plain", "a.txt", TextShape.Search, CancellationToken.None);
        var small = await extractor.ExtractAsync(new MemoryStream("budget"u8.ToArray()), 6, "text/plain", "a.txt", TextShape.Search, CancellationToken.None);

        Assert.Equal(ExtractionOutcome.TooLarge, large.Outcome);
        Assert.Equal(("budget", ExtractionOutcome.Text), (small.Text, small.Outcome));
    }
}
