namespace SpineTriage.CdsHooks;

/// <summary>Options of the CDS Hooks service: the EHRs it trusts, its own address, and the limits of a request.</summary>
public sealed class CdsHooksOptions
{
    /// <summary>
    /// The service's public base URL (<c>https://cds.example.org</c>): the <c>aud</c> of every JWT must be this URL or a URL
    /// under it (the CDS Hooks specification names the service endpoint as the audience). A value that is not an absolute
    /// http or https URL is refused with <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> when the service
    /// sets up its JWT check, rather than refusing every call.
    /// </summary>
    public string? Audience { get; set; }

    /// <summary>The EHRs (CDS clients) allowed to call, each with its issuer and the JSON Web Key Set its JWTs are signed with.</summary>
    public IList<CdsHooksClient> TrustedClients { get; } = [];

    /// <summary>
    /// Development only: accept requests without a JWT, but only from loopback addresses (a request from any other
    /// address is refused with 403). Never set it on a server other machines reach.
    /// </summary>
    /// <value>False.</value>
    public bool AllowAnonymousOnLoopback { get; set; }

    /// <summary>The largest request body accepted, in bytes (a prefetch of one patient's findings).</summary>
    /// <value>4 MiB.</value>
    public long MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The codes (<c>system|code</c>) of a draft <c>ServiceRequest</c> that make the order hooks answer: lumbar arthrodesis,
    /// CPT 22612 (posterior or posterolateral), 22630 (posterior interbody) and 22633 (combined). Add the SNOMED CT or local
    /// codes your EHR orders fusion with (<c>http://snomed.info/sct|CODE</c>); the package ships none it could not verify.
    /// </summary>
    public ISet<string> FusionOrderCodes { get; } = new HashSet<string>(CdsServiceCatalog.FusionCptCodes.Select(code => CdsServiceCatalog.Cpt + "|" + code), StringComparer.Ordinal);

    /// <summary>How long a JSON Web Key Set fetched from a client's URL is used before it is fetched again.</summary>
    /// <value>10 minutes.</value>
    public TimeSpan KeySetCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The shortest time between two fetches of a key set for a key it did not hold (a rotated key), so unknown <c>kid</c>s cannot make the service fetch on every request.</summary>
    /// <value>30 seconds.</value>
    public TimeSpan KeySetRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The furthest in the future a token's <c>exp</c> may be; the <c>jti</c> of every accepted token is remembered until it expires, so this bounds that memory.</summary>
    /// <value>1 hour.</value>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The published rulebook (for example your copy of <c>docs/rulebook.md</c>); each card links to its section
    /// (<c>#lumbar-fusion-appropriateness</c>, a red flag's <c>#redflag_caudaequina</c>). Null: no links.
    /// </summary>
    public Uri? RulebookUrl { get; set; }

    /// <summary>Mapping options (evaluation time, look-back) for the prefetch; null for the defaults (now, the table's look-back).</summary>
    public Fhir.FhirMappingOptions? Mapping { get; set; }
}
