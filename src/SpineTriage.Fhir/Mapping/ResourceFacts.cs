using Hl7.Fhir.Model;

namespace SpineTriage.Fhir.Mapping;

/// <summary>What the mapping reads of every resource: its reference, codes, date, subject and whether its status lets it count.</summary>
internal static class ResourceFacts
{
    private const string ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    public static string ReferenceOf(Resource resource) => $"{resource.TypeName}/{resource.Id ?? "(no id)"}";

    /// <summary>The resource's code (Observation, Condition, Procedure), or null.</summary>
    public static CodeableConcept? CodeOf(Resource resource) => resource switch
    {
        Observation observation => observation.Code,
        Condition condition => condition.Code,
        Procedure procedure => procedure.Code,
        _ => null,
    };

    /// <summary>
    /// When the finding applies: an Observation's effective time (a period's end, else its start) or else its issued time;
    /// a Condition's onset or else its recorded date; a Procedure's performed time (a period's end, else its start).
    /// </summary>
    public static DateTimeOffset? EffectiveOf(Resource resource) => resource switch
    {
        Observation observation => Time(observation.Effective) ?? observation.Issued,
        Condition condition => Time(condition.Onset) ?? Time(condition.RecordedDateElement),
        Procedure procedure => Time(procedure.Performed),
        _ => null,
    };

    /// <summary>The id of the patient the resource is about, when its subject is a <c>Patient/id</c> reference.</summary>
    public static string? SubjectIdOf(Resource resource)
    {
        var reference = resource switch
        {
            Observation observation => observation.Subject?.Reference,
            Condition condition => condition.Subject?.Reference,
            Procedure procedure => procedure.Subject?.Reference,
            _ => null,
        };
        return reference is not null && reference.StartsWith("Patient/", StringComparison.Ordinal) ? reference["Patient/".Length..] : null;
    }

    /// <summary>Why the resource does not count at all (entered in error, cancelled, not yet final), or null when it counts.</summary>
    public static string? ExclusionOf(Resource resource) => resource switch
    {
        Observation { Status: ObservationStatus.Final or ObservationStatus.Amended or ObservationStatus.Corrected } => null,
        Observation observation => $"its status is {observation.Status?.ToString() ?? "missing"}; only final, amended and corrected observations count",
        Condition condition when HasCode(condition.VerificationStatus, "entered-in-error") => "it was entered in error",
        Procedure { Status: EventStatus.EnteredInError } => "it was entered in error",
        _ => null,
    };

    /// <summary>
    /// Whether a Condition or Procedure says the finding is absent: a Condition whose verification status is refuted, or a
    /// Procedure whose status is not-done. Otherwise its presence counts, whatever its clinical status: a resolved
    /// condition is still history, and history codes (Z85) are resolved by nature.
    /// </summary>
    public static bool SaysAbsent(Resource resource) => resource switch
    {
        Condition condition => HasCode(condition.VerificationStatus, "refuted"),
        Procedure procedure => procedure.Status == EventStatus.NotDone,
        _ => false,
    };

    private static bool HasCode(CodeableConcept? concept, string code) =>
        concept?.Coding.Any(c => c.Code == code && (c.System is null || c.System == ConditionVerification)) == true;

    private static DateTimeOffset? Time(DataType? value) => value switch
    {
        FhirDateTime dateTime => dateTime.TryToDateTimeOffset(out var time) ? time : null,
        Period period => Time(period.EndElement) ?? Time(period.StartElement),
        Instant instant => instant.Value,
        _ => null,
    };
}
