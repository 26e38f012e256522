using System.Globalization;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using SpineTriage.Rules;

namespace SpineTriage.Fhir.Mapping;

/// <summary>The case's age (whole years at the evaluation date, from a full birth date) and sex (male, female, other) from the Patient resource.</summary>
internal static class PatientDemographics
{
    public static IEnumerable<Candidate> Read(Patient patient, DateTimeOffset evaluationTime, List<Diagnostic> problems, List<UnusedResource> unused)
    {
        var reference = ResourceFacts.ReferenceOf(patient);
        if (patient.BirthDate is { } birthDate)
        {
            if (DateOnly.TryParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born))
            {
                var today = DateOnly.FromDateTime(evaluationTime.UtcDateTime);
                var age = today.Year - born.Year - (today < born.AddYears(today.Year - born.Year) ? 1 : 0);
                yield return Candidate("patient.age", JsonValue.Create(age), reference, "Patient.birthDate");
            }
            else
            {
                problems.Add(new Diagnostic(DiagnosticSeverity.Error, FhirProblemCodes.WrongValue,
                    $"The birth date '{birthDate}' is not a full date (YYYY-MM-DD), so the age in years is not certain. patient.age is left out.") { File = reference, JsonPath = "Patient.birthDate" });
            }
        }

        switch (patient.Gender)
        {
            case AdministrativeGender.Male or AdministrativeGender.Female or AdministrativeGender.Other:
                yield return Candidate("patient.sex", JsonValue.Create(patient.Gender.Value.ToString().ToLowerInvariant()), reference, "Patient.gender");
                break;
            case AdministrativeGender.Unknown:
                unused.Add(new UnusedResource(reference, "its gender is unknown; patient.sex is left out"));
                break;
        }
    }

    private static Candidate Candidate(string path, JsonNode value, string reference, string element) =>
        new(path, value, null, reference, [new FhirFieldSource(path, reference, element, null, element)], -1);
}
