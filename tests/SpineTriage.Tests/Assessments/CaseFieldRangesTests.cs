using System.Globalization;
using System.Reflection;
using SpineTriage.Assessments.Exact;
using SpineTriage.Cases;
using SpineTriage.Tests.Properties;

namespace SpineTriage.Tests.Assessments;

/// <summary>
/// The ranges the search for possible verdicts puts numbers in are the case validator's: every number of the case
/// model is listed, its ends are valid, and a value just past a finite end is rejected.
/// </summary>
public sealed class CaseFieldRangesTests
{
    private static readonly (string Section, Type Type)[] Sections =
    [
        ("patient", typeof(PatientDetails)), ("symptoms", typeof(SymptomFindings)), ("imaging", typeof(ImagingFindings)),
        ("care", typeof(ConservativeCare)), ("surgery", typeof(SurgicalHistory)),
    ];

    public static TheoryData<string> Patterns => [.. CaseFieldRanges.All.Keys];

    [Fact]
    public void Every_number_of_the_case_model_is_listed()
    {
        var numbers = Sections.SelectMany(section => Numbers(section.Section, section.Type)).ToList();

        Assert.Empty(numbers.Except(CaseFieldRanges.All.Keys));
        Assert.Empty(CaseFieldRanges.All.Keys.Except(numbers));
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void The_ends_of_a_range_are_valid_and_a_value_past_a_finite_end_is_not(string pattern)
    {
        var (minimum, maximum) = CaseFieldRanges.All[pattern];
        var path = pattern.Replace("[]", "[0]", StringComparison.Ordinal);
        var type = CaseCompletion.TypeOf(path);
        var step = type == typeof(double) ? 0.1 : 1;

        Assert.True(double.IsFinite(minimum) || double.IsNegativeInfinity(minimum));
        foreach (var valid in new[] { minimum, maximum }.Where(double.IsFinite))
        {
            Assert.Empty(Problems(path, type, valid));
        }

        if (double.IsFinite(minimum))
        {
            Assert.NotEmpty(Problems(path, type, minimum - step));
        }

        if (double.IsFinite(maximum))
        {
            Assert.NotEmpty(Problems(path, type, maximum + step));
        }
    }

    private static IReadOnlyList<Rules.Diagnostic> Problems(string path, Type type, double value)
    {
        var typed = type == typeof(double) ? value : Convert.ChangeType(value, type, CultureInfo.InvariantCulture);

        // A level needs a name, and a fusion-only value needs a prior fusion, for the case to be valid otherwise.
        var filled = CaseCompletion.Fill(new PatientCase(), [(path, typed), ("imaging.Levels[0].Level", "L4-L5"), ("surgery.PriorFusion", true)]);
        return CaseValidator.Validate(filled);
    }

    private static IEnumerable<string> Numbers(string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType == typeof(int) || propertyType == typeof(double) || propertyType == typeof(decimal) || propertyType == typeof(long))
            {
                yield return $"{prefix}.{property.Name}";
            }
            else if (propertyType == typeof(IReadOnlyList<ImagingLevel>))
            {
                foreach (var number in Numbers($"{prefix}.{property.Name}[]", typeof(ImagingLevel)))
                {
                    yield return number;
                }
            }
        }
    }
}
