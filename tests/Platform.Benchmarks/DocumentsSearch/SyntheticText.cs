using System.Text;

namespace Platform.Benchmarks.DocumentsSearch;

/// <summary>
/// Text with the statistics of real prose for a search index: a vocabulary of made-up words drawn with Zipf-like
/// frequencies (the rank-1 word in most documents, the rank-4000 word in a handful), so postings lists range from
/// nearly every document to a few. Seeded, so every run indexes the same corpus.
/// </summary>
internal sealed class SyntheticText
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ra", "te", "vo", "su", "ne", "di", "pa", "gor", "len", "tis", "bar", "qua", "fen", "dro", "wil", "cos", "mun"];

    private readonly Random _random;
    private readonly double[] _cumulative;

    public SyntheticText(int vocabularySize, int seed)
    {
        _random = new Random(seed);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < vocabularySize)
        {
            var word = new StringBuilder();
            for (var s = _random.Next(2, 5); s > 0; s--)
            {
                word.Append(Syllables[_random.Next(Syllables.Length)]);
            }

            words.Add(word.ToString());
        }

        Words = [.. words];
        _cumulative = new double[vocabularySize];
        var total = 0.0;
        for (var rank = 0; rank < vocabularySize; rank++)
        {
            total += 1.0 / (rank + 1);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < vocabularySize; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    /// <summary>The vocabulary, most frequent first.</summary>
    public string[] Words { get; }

    public Random Random => _random;

    public string NextWord()
    {
        var index = Array.BinarySearch(_cumulative, _random.NextDouble());
        return Words[Math.Min(index < 0 ? ~index : index, Words.Length - 1)];
    }

    public string Sentence(int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? "" : (i % 12 == 0 ? ". " : " ")).Append(NextWord());
        }

        return text.Append('.').ToString();
    }
}
