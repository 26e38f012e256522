using System.Text.Json;

namespace SpineTriage.Cases.Json;

/// <summary>
/// Reads a case written the plain way (every member name unescaped and known, once per object, every value of its own
/// JSON type) straight into the model, and gives up (null) on anything else, so that the source-generated deserializer
/// decides those. It exists because the case model's properties are init-only: the source-generated deserializer can set
/// them only through the constructor-with-arguments path, which boxes every value into an argument array (21 for the
/// patient's details alone) and was about a ninth of an audit's time. Values are read with the same reader calls as the
/// deserializer's converters (<see cref="Utf8JsonReader.TryGetInt32"/>, <see cref="Utf8JsonReader.TryGetDouble"/>, the
/// enums' <see cref="CamelCaseEnumConverter{TEnum}"/> names), and the member names come from the same source-generated
/// metadata, so a case it reads is the case the deserializer would make.
/// </summary>
/// <remarks>
/// Shown by the audit stage of benchmarks/run (and CaseReadingBenchmarks.StrictRead): in a perf profile of
/// <c>spinetriage audit</c> over 100,000 generated lines, the deserializer was 10–12 % of the steady state. The model and
/// this reader must change together: CaseFastReaderTests compares them over every seed, generated cases and variants.
/// </remarks>
internal static class CaseFastReader
{
    private static readonly byte[][] CaseNames = NamesOf<PatientCase>("Patient", "Symptoms", "Imaging", "Care", "Surgery");

    private static readonly byte[][] PatientNames = NamesOf<PatientDetails>(
        "Age", "Sex", "Bmi", "SmokingStatus", "NicotineFreeWeeks", "CotinineNgMl", "Diabetes", "HbA1cPercent", "DexaTScoreMin", "CtHounsfieldL1",
        "VitaminDNgMl", "AlbuminGDl", "AsaClass", "PsychScreen", "CrpMgL", "EsrMmH", "WoundDrainage", "RecentFeverOver38C", "Pregnant", "BleedingDisorder",
        "ContrastAllergy");

    private static readonly byte[][] SymptomNames = NamesOf<SymptomFindings>(
        "DurationWeeks", "BackPainNrs", "LegPainNrs", "BackPainVasMm", "LegPainVasMm", "Odi", "Rmdq", "Radicular", "LegPainBelowKnee", "RedFlags",
        "RedFlagsWorkedUp", "MotorDeficit", "ImagingConcordant");

    private static readonly byte[][] ImagingNames = NamesOf<ImagingFindings>("AgeMonths", "CobbDeg", "SvaCm", "PiMinusLlDeg", "Levels");

    private static readonly byte[][] LevelNames = NamesOf<ImagingLevel>(
        "Level", "TranslationMm", "AngulationDeg", "MeyerdingGrade", "SpondylolisthesisType", "ParsDefect", "Stenosis", "PfirrmannGrade", "ModicType",
        "DiscHeightPercent", "AnnularFissureGrade", "HighIntensityZone", "Containment", "ProtrusionMm", "DiscographyConcordant");

    private static readonly byte[][] CareNames = NamesOf<ConservativeCare>(
        "PtWeeks", "PtSessionsPerWeek", "HomeProgram", "HomeProgramMinutesPerDay", "WeeklyTracking", "ImprovementAtWeek6", "Injections", "MedialBranchBlock");

    private static readonly byte[][] InjectionNames = NamesOf<Injection>("Type", "Response");

    private static readonly byte[][] SurgeryNames = NamesOf<SurgicalHistory>(
        "PriorFusion", "MonthsSinceIndexFusion", "FusionStatusCt", "ScrewLucencyMm", "RodFracture", "CageSubsidence", "AdjacentSegmentDisease", "AdjacentLevel",
        "MonthsSinceLastLumbarSurgery", "SecondOpinionObtained");

    private static readonly GiveUp Unread = new();

    /// <summary>
    /// Whether the member names above match the model's (false when a member was added or renamed and this reader was not
    /// changed with it: it then gives up on every case, and the deserializer reads them all, rather than fail a host).
    /// </summary>
    private static readonly bool Matches = CaseNames.Length > 0 && PatientNames.Length > 0 && SymptomNames.Length > 0 && ImagingNames.Length > 0
        && LevelNames.Length > 0 && CareNames.Length > 0 && InjectionNames.Length > 0 && SurgeryNames.Length > 0;

    /// <summary>Gets a value indicating whether this reader matches the case model (CaseFastReaderTests fails when it does not).</summary>
    internal static bool MatchesModel => Matches;

    /// <summary>The case <paramref name="utf8"/> holds, with nothing after it; null when it is not written the plain way.</summary>
    public static PatientCase? TryRead(ReadOnlySpan<byte> utf8)
    {
        if (!Matches)
        {
            return null;
        }

        var reader = new Utf8JsonReader(utf8, CaseJsonLimits.ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            var patientCase = Case(ref reader);
            return reader.Read() ? null : patientCase;
        }
        catch (Exception exception) when (exception is GiveUp or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The case at the value <paramref name="reader"/> is at, leaving the reader at its end; null, with the reader where it was, when it is not written the plain way.</summary>
    public static PatientCase? TryRead(ref Utf8JsonReader reader)
    {
        if (!Matches)
        {
            return null;
        }

        var ahead = reader;
        try
        {
            var patientCase = Case(ref ahead);
            reader = ahead;
            return patientCase;
        }
        catch (Exception exception) when (exception is GiveUp or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The JSON names of the members, in the order given, as the source-generated metadata names them; empty when the model
    /// has other members (see <see cref="Matches"/>).
    /// </summary>
    private static byte[][] NamesOf<T>(params string[] members)
    {
        var properties = CaseJsonContext.Default.GetTypeInfo(typeof(T))!.Properties;
        if (properties.Count != members.Length)
        {
            return [];
        }

        var names = new byte[members.Length][];
        for (var i = 0; i < members.Length; i++)
        {
            if (properties.FirstOrDefault(p => p.AttributeProvider is System.Reflection.MemberInfo member && member.Name == members[i]) is not { } property)
            {
                return [];
            }

            names[i] = System.Text.Encoding.UTF8.GetBytes(property.Name);
        }

        return names;
    }

    private static PatientCase Case(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        PatientDetails? patient = null;
        SymptomFindings? symptoms = null;
        ImagingFindings? imaging = null;
        ConservativeCare? care = null;
        SurgicalHistory? surgery = null;
        var seen = 0UL;
        while (Member(ref reader, CaseNames, ref seen) is var member && member >= 0)
        {
            switch (member)
            {
                case 0: patient = Object(ref reader, Patient); break;
                case 1: symptoms = Object(ref reader, Symptoms); break;
                case 2: imaging = Object(ref reader, Imaging); break;
                case 3: care = Object(ref reader, Care); break;
                default: surgery = Object(ref reader, Surgery); break;
            }
        }

        return new PatientCase { Patient = patient, Symptoms = symptoms, Imaging = imaging, Care = care, Surgery = surgery };
    }

    private static PatientDetails Patient(ref Utf8JsonReader reader)
    {
        int? age = null, nicotineFreeWeeks = null, asaClass = null;
        Sex? sex = null;
        SmokingStatus? smokingStatus = null;
        PsychScreen? psychScreen = null;
        double? bmi = null, cotinine = null, hba1c = null, dexa = null, hounsfield = null, vitaminD = null, albumin = null, crp = null, esr = null;
        bool? diabetes = null, woundDrainage = null, fever = null, pregnant = null, bleeding = null, contrastAllergy = null;
        var seen = 0UL;
        while (Member(ref reader, PatientNames, ref seen) is var member && member >= 0)
        {
            switch (member)
            {
                case 0: age = Int(ref reader); break;
                case 1: sex = Enum<Sex>(ref reader); break;
                case 2: bmi = Double(ref reader); break;
                case 3: smokingStatus = Enum<SmokingStatus>(ref reader); break;
                case 4: nicotineFreeWeeks = Int(ref reader); break;
                case 5: cotinine = Double(ref reader); break;
                case 6: diabetes = Bool(ref reader); break;
                case 7: hba1c = Double(ref reader); break;
                case 8: dexa = Double(ref reader); break;
                case 9: hounsfield = Double(ref reader); break;
                case 10: vitaminD = Double(ref reader); break;
                case 11: albumin = Double(ref reader); break;
                case 12: asaClass = Int(ref reader); break;
                case 13: psychScreen = Enum<PsychScreen>(ref reader); break;
                case 14: crp = Double(ref reader); break;
                case 15: esr = Double(ref reader); break;
                case 16: woundDrainage = Bool(ref reader); break;
                case 17: fever = Bool(ref reader); break;
                case 18: pregnant = Bool(ref reader); break;
                case 19: bleeding = Bool(ref reader); break;
                default: contrastAllergy = Bool(ref reader); break;
            }
        }

        return new PatientDetails
        {
            Age = age, Sex = sex, Bmi = bmi, SmokingStatus = smokingStatus, NicotineFreeWeeks = nicotineFreeWeeks, CotinineNgMl = cotinine,
            Diabetes = diabetes, HbA1cPercent = hba1c, DexaTScoreMin = dexa, CtHounsfieldL1 = hounsfield, VitaminDNgMl = vitaminD, AlbuminGDl = albumin,
            AsaClass = asaClass, PsychScreen = psychScreen, CrpMgL = crp, EsrMmH = esr, WoundDrainage = woundDrainage, RecentFeverOver38C = fever,
            Pregnant = pregnant, BleedingDisorder = bleeding, ContrastAllergy = contrastAllergy,
        };
    }

    private static SymptomFindings Symptoms(ref Utf8JsonReader reader)
    {
        int? duration = null, backNrs = null, legNrs = null, odi = null, rmdq = null;
        double? backVas = null, legVas = null;
        bool? radicular = null, belowKnee = null, concordant = null;
        List<RedFlag>? redFlags = null, workedUp = null;
        MotorDeficit? motor = null;
        var seen = 0UL;
        while (Member(ref reader, SymptomNames, ref seen) is var member && member >= 0)
        {
            switch (member)
            {
                case 0: duration = Int(ref reader); break;
                case 1: backNrs = Int(ref reader); break;
                case 2: legNrs = Int(ref reader); break;
                case 3: backVas = Double(ref reader); break;
                case 4: legVas = Double(ref reader); break;
                case 5: odi = Int(ref reader); break;
                case 6: rmdq = Int(ref reader); break;
                case 7: radicular = Bool(ref reader); break;
                case 8: belowKnee = Bool(ref reader); break;
                case 9: redFlags = EnumList<RedFlag>(ref reader); break;
                case 10: workedUp = EnumList<RedFlag>(ref reader); break;
                case 11: motor = Enum<MotorDeficit>(ref reader); break;
                default: concordant = Bool(ref reader); break;
            }
        }

        return new SymptomFindings
        {
            DurationWeeks = duration, BackPainNrs = backNrs, LegPainNrs = legNrs, BackPainVasMm = backVas, LegPainVasMm = legVas, Odi = odi, Rmdq = rmdq,
            Radicular = radicular, LegPainBelowKnee = belowKnee, RedFlags = redFlags, RedFlagsWorkedUp = workedUp, MotorDeficit = motor, ImagingConcordant = concordant,
        };
    }

    private static ImagingFindings Imaging(ref Utf8JsonReader reader)
    {
        int? ageMonths = null;
        double? cobb = null, sva = null, piMinusLl = null;
        List<ImagingLevel>? levels = null;
        var seen = 0UL;
        while (Member(ref reader, ImagingNames, ref seen) is var member && member >= 0)
        {
            switch (member)
            {
                case 0: ageMonths = Int(ref reader); break;
                case 1: cobb = Double(ref reader); break;
                case 2: sva = Double(ref reader); break;
                case 3: piMinusLl = Double(ref reader); break;
                default: levels = ObjectList(ref reader, Level); break;
            }
        }

        return new ImagingFindings { AgeMonths = ageMonths, CobbDeg = cobb, SvaCm = sva, PiMinusLlDeg = piMinusLl, Levels = levels };
    }

    private static ImagingLevel Level(ref Utf8JsonReader reader)
    {
        string? level = null;
        double? translation = null, angulation = null, discHeight = null, protrusion = null;
        int? meyerding = null, pfirrmann = null, modic = null, fissure = null;
        SpondylolisthesisType? slipType = null;
        StenosisGrade? stenosis = null;
        DiscContainment? containment = null;
        bool? parsDefect = null, hiz = null, discography = null;
        var seen = 0UL;
        while (Member(ref reader, LevelNames, ref seen) is var member && member >= 0)
        {
            switch (member)
            {
                case 0: level = Text(ref reader); break;
                case 1: translation = Double(ref reader); break;
                case 2: angulation = Double(ref reader); break;
                case 3: meyerding = Int(ref reader); break;
                case 4: slipType = Enum<SpondylolisthesisType>(ref reader); break;
                case 5: parsDefect = Bool(ref reader); break;
                case 6: stenosis = Enum<StenosisGrade>(ref reader); break;
                case 7: pfirrmann = Int(ref reader); break;
                case 8: modic = Int(ref reader); break;
                case 9: discHeight = Double(ref reader); break;
                case 10: fissure = Int(ref reader); break;
                case 11: hiz = Bool(ref reader); break;
                case 12: containment = Enum<DiscContainment>(ref reader); break;
                case 13: protrusion = Double(ref reader); break;
                default: discography = Bool(ref reader); break;
            }
        }

        return new ImagingLevel
        {
            Level = level, TranslationMm = translation, AngulationDeg = angulation, MeyerdingGrade = meyerding, SpondylolisthesisType = slipType,
            ParsDefect = parsDefect, Stenosis = stenosis, PfirrmannGrade = pfirrmann, ModicType = modic, DiscHeightPercent = discHeight,
            AnnularFissureGrade = fissure, HighIntensityZone = hiz, Containment = containment, ProtrusionMm = protrusion, DiscographyConcordant = discography,
        };
    }

    private static ConservativeCare Care(ref Utf8JsonReader reader)
    {
        int? ptWeeks = null, homeMinutes = null;
        double? sessions = null;
        bool? homeProgram = null, tracking = null;
        ImprovementAtWeek6? improvement = null;
        List<Injection>? injections = null;
        MedialBranchBlockResult? block = null;
        var seen = 0UL;
        while (Member(ref reader, CareNames, ref seen) is var member && member >= 0)
        {
            switch (member)
            {
                case 0: ptWeeks = Int(ref reader); break;
                case 1: sessions = Double(ref reader); break;
                case 2: homeProgram = Bool(ref reader); break;
                case 3: homeMinutes = Int(ref reader); break;
                case 4: tracking = Bool(ref reader); break;
                case 5: improvement = Enum<ImprovementAtWeek6>(ref reader); break;
                case 6: injections = ObjectList(ref reader, Injection); break;
                default: block = Enum<MedialBranchBlockResult>(ref reader); break;
            }
        }

        return new ConservativeCare
        {
            PtWeeks = ptWeeks, PtSessionsPerWeek = sessions, HomeProgram = homeProgram, HomeProgramMinutesPerDay = homeMinutes, WeeklyTracking = tracking,
            ImprovementAtWeek6 = improvement, Injections = injections, MedialBranchBlock = block,
        };
    }

    private static Injection Injection(ref Utf8JsonReader reader)
    {
        InjectionType? type = null;
        InjectionResponse? response = null;
        var seen = 0UL;
        while (Member(ref reader, InjectionNames, ref seen) is var member && member >= 0)
        {
            if (member == 0)
            {
                type = Enum<InjectionType>(ref reader);
            }
            else
            {
                response = Enum<InjectionResponse>(ref reader);
            }
        }

        return new Injection { Type = type, Response = response };
    }

    private static SurgicalHistory Surgery(ref Utf8JsonReader reader)
    {
        bool? priorFusion = null, rodFracture = null, subsidence = null, adjacentDisease = null, secondOpinion = null;
        double? sinceIndex = null, lucency = null, sinceLast = null;
        FusionStatus? fusionStatus = null;
        string? adjacentLevel = null;
        var seen = 0UL;
        while (Member(ref reader, SurgeryNames, ref seen) is var member && member >= 0)
        {
            switch (member)
            {
                case 0: priorFusion = Bool(ref reader); break;
                case 1: sinceIndex = Double(ref reader); break;
                case 2: fusionStatus = Enum<FusionStatus>(ref reader); break;
                case 3: lucency = Double(ref reader); break;
                case 4: rodFracture = Bool(ref reader); break;
                case 5: subsidence = Bool(ref reader); break;
                case 6: adjacentDisease = Bool(ref reader); break;
                case 7: adjacentLevel = Text(ref reader); break;
                case 8: sinceLast = Double(ref reader); break;
                default: secondOpinion = Bool(ref reader); break;
            }
        }

        return new SurgicalHistory
        {
            PriorFusion = priorFusion, MonthsSinceIndexFusion = sinceIndex, FusionStatusCt = fusionStatus, ScrewLucencyMm = lucency, RodFracture = rodFracture,
            CageSubsidence = subsidence, AdjacentSegmentDisease = adjacentDisease, AdjacentLevel = adjacentLevel, MonthsSinceLastLumbarSurgery = sinceLast,
            SecondOpinionObtained = secondOpinion,
        };
    }

    /// <summary>
    /// Moves to the next member of the object (the reader on its value) and returns its index in <paramref name="names"/>,
    /// or -1 at the object's end; gives up on an escaped, unknown or repeated name.
    /// </summary>
    private static int Member(ref Utf8JsonReader reader, byte[][] names, ref ulong seen)
    {
        if (!reader.Read())
        {
            throw Unread;
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return -1;
        }

        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped)
        {
            throw Unread;
        }

        var name = reader.ValueSpan;
        for (var i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                var bit = 1UL << i;
                if ((seen & bit) != 0 || !reader.Read())
                {
                    throw Unread;
                }

                seen |= bit;
                return i;
            }
        }

        throw Unread;
    }

    private delegate T ReadObject<T>(ref Utf8JsonReader reader);

    /// <summary>A nested object, or null for JSON null.</summary>
    private static T? Object<T>(ref Utf8JsonReader reader, ReadObject<T> read)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        return read(ref reader);
    }

    /// <summary>A list of objects, or null for JSON null; a null element gives up (the deserializer keeps it, and the case is refused).</summary>
    private static List<T>? ObjectList<T>(ref Utf8JsonReader reader, ReadObject<T> read)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray);
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            items.Add(read(ref reader));
        }

        return items;
    }

    private static List<TEnum>? EnumList<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, System.Enum
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray);
        var items = new List<TEnum>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(CamelCaseEnumConverter<TEnum>.TryName(ref reader, out var value) ? value : throw Unread);
        }

        return items;
    }

    private static int? Int(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null
        : reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value
        : throw Unread;

    private static double? Double(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null
        : reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value
        : throw Unread;

    private static bool? Bool(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unread,
    };

    /// <summary>A string, or null for JSON null; an escaped lone surrogate throws InvalidOperationException, as in the deserializer (then it decides).</summary>
    private static string? Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw Unread,
    };

    private static TEnum? Enum<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, System.Enum =>
        reader.TokenType == JsonTokenType.Null ? null
        : CamelCaseEnumConverter<TEnum>.TryName(ref reader, out var value) ? value
        : throw Unread;

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw Unread;
        }
    }

    /// <summary>Thrown (one instance) to give up; caught at the entry points.</summary>
    private sealed class GiveUp : Exception;
}
