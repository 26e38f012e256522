using System.Globalization;
using System.Text;
using SpineTriage.Cases;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// Writes a generated cohort as JSON Lines: by default envelopes <c>{"id":"case-0000001","case":{…}}</c>, or bare
/// cases. With <c>malformedEvery</c> = K, every K-th line is broken in one of several ways (truncated JSON, out of
/// range, unknown field, wrong type, unknown enum name, not JSON) so audits can show how they report bad lines.
/// </summary>
internal static class CohortFileWriter
{
    private static readonly string[] BrokenCases =
    [
        """{"patient":{"age":150,"sex":"female"}}""",
        """{"patient":{"agee":40}}""",
        """{"symptoms":{"durationWeeks":"twelve"}}""",
        """{"imaging":{"levels":[{"level":"L4-L5","stenosis":"severest"}]}}""",
    ];

    public static void Write(TextWriter writer, long count, int seed, long malformedEvery, bool withIds)
    {
        var generator = new RandomCaseGenerator(seed);
        var width = Math.Max(7, count.ToString(CultureInfo.InvariantCulture).Length);
        for (long line = 1; line <= count; line++)
        {
            var caseJson = PatientCaseJson.Write(generator.Next(), indented: false);
            if (malformedEvery > 0 && line % malformedEvery == 0)
            {
                caseJson = Broken(caseJson, (int)((line / malformedEvery) % (BrokenCases.Length + 2)));
            }

            if (withIds)
            {
                writer.Write("{\"id\":\"case-");
                writer.Write(line.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'));
                writer.Write("\",\"case\":");
            }

            writer.Write(caseJson);
            writer.Write(withIds ? "}\n" : "\n");
        }
    }

    private static string Broken(string caseJson, int kind) => kind switch
    {
        0 => caseJson[..(caseJson.Length / 2)],
        1 => "this line is not JSON",
        _ => BrokenCases[kind - 2],
    };

    public static StreamWriter Create(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16), new UTF8Encoding(false), bufferSize: 1 << 16);
}
