using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.Search.Extraction;

/// <summary>The text read from a file (possibly empty) and how the reading went.</summary>
internal sealed record ExtractedText(string Text, ExtractionOutcome Outcome)
{
    public static ExtractedText None(ExtractionOutcome outcome) => new("", outcome);
}
