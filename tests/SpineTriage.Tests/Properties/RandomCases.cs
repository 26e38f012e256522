using System.Text.Json.Nodes;
using SpineTriage.Cases;

namespace SpineTriage.Tests.Properties;

/// <summary>Random valid cases: fully documented ones with values near the thresholds, and masked copies with fields removed anywhere.</summary>
internal static class RandomCases
{
    private static readonly string[] LevelNames = ["L2-L3", "L3-L4", "L4-L5", "L5-S1"];

    public static PatientCase Full(Random r)
    {
        var surgeryDone = r.NextDouble() < 0.4;
        var block = One<MedialBranchBlockResult>(r);
        var drawn = new PatientCase
        {
            Patient = new PatientDetails
            {
                Age = r.Next(18, 90), Sex = One<Sex>(r), Bmi = Pick(r, 22, 30, 39.9, 40, 45), SmokingStatus = One<SmokingStatus>(r),
                NicotineFreeWeeks = Pick(r, 0, 4, 6, 10), CotinineNgMl = Pick(r, 0, 5, 10, 50, 200), Diabetes = Bool(r), HbA1cPercent = Pick(r, 5.5, 6.9, 7.0, 7.5, 8.0, 9.5),
                DexaTScoreMin = Pick(r, 1, -0.5, -1.0, -2.0, -2.5, -3.2), CtHounsfieldL1 = Pick(r, 80, 110, 130, 170), VitaminDNgMl = Pick(r, 12, 20, 25, 40),
                AlbuminGDl = Pick(r, 3.0, 3.5, 4.2), AsaClass = r.Next(1, 5), PsychScreen = One<PsychScreen>(r),
            },
            Symptoms = new SymptomFindings
            {
                DurationWeeks = Pick(r, 2, 5, 6, 12, 26, 40), BackPainNrs = r.Next(0, 11), LegPainNrs = r.Next(0, 11), BackPainVasMm = r.Next(0, 101),
                LegPainVasMm = r.Next(0, 101), Odi = r.Next(0, 101), Rmdq = r.Next(0, 25), Radicular = Bool(r), LegPainBelowKnee = Bool(r),
                RedFlags = r.NextDouble() < 0.2 ? Distinct(r, Enum.GetValues<RedFlag>(), r.Next(1, 4)) : [],
                MotorDeficit = r.NextDouble() < 0.1 ? MotorDeficit.Progressive : One<MotorDeficit>(r), ImagingConcordant = r.NextDouble() < 0.8,
            },
            Imaging = new ImagingFindings
            {
                AgeMonths = Pick(r, 1, 6, 12, 13, 30), CobbDeg = Pick(r, 5, 30, 35), SvaCm = Pick(r, 2, 8, 10), PiMinusLlDeg = Pick(r, 5, 15, 20),
                Levels = Distinct(r, LevelNames, r.Next(1, 4)).Select(name => Level(r, name)).ToArray(),
            },
            Care = new ConservativeCare
            {
                PtWeeks = Pick(r, 0, 4, 12, 13, 26, 30), PtSessionsPerWeek = Pick(r, 1, 2, 3), HomeProgram = Bool(r), HomeProgramMinutesPerDay = Pick(r, 0, 15, 20),
                WeeklyTracking = Bool(r), ImprovementAtWeek6 = One<ImprovementAtWeek6>(r), MedialBranchBlock = block,
                Injections = Enumerable.Range(0, r.Next(0, 4)).Select(_ => new Injection
                {
                    Type = block == MedialBranchBlockResult.NotDone ? Pick(r, InjectionType.Esi, InjectionType.Facet, InjectionType.Prp) : One<InjectionType>(r),
                    Response = One<InjectionResponse>(r),
                }).ToArray(),
            },
            Surgery = surgeryDone
                ? new SurgicalHistory
                {
                    PriorFusion = true, MonthsSinceIndexFusion = Pick(r, 3, 6, 12, 24), FusionStatusCt = One<FusionStatus>(r), ScrewLucencyMm = Pick(r, 0, 0.5, 1, 2),
                    RodFracture = Bool(r), CageSubsidence = Bool(r), AdjacentSegmentDisease = Bool(r), SecondOpinionObtained = Bool(r),
                }
                : new SurgicalHistory { PriorFusion = false, RodFracture = false, CageSubsidence = false, AdjacentSegmentDisease = false, SecondOpinionObtained = Bool(r) },
        };
        return WithRevision2Fields(drawn, r);
    }

    /// <summary>The case model's revision 2 fields, drawn after the others so the earlier draws stay as they were.</summary>
    private static PatientCase WithRevision2Fields(PatientCase c, Random r)
    {
        var (patient, symptoms, surgery) = (c.Patient!, c.Symptoms!, c.Surgery!);
        var flags = symptoms.RedFlags!;
        var lastSurgery = surgery.PriorFusion == true ? Math.Min(Pick(r, 2.0, 5, 6, 24), surgery.MonthsSinceIndexFusion!.Value) : Pick<double?>(r, null, null, 3, 5, 6, 24);
        return c with
        {
            Patient = patient with
            {
                CrpMgL = r.NextDouble() < 0.85 ? Pick(r, 2, 5, 10) : Pick(r, 10.5, 40), EsrMmH = r.NextDouble() < 0.85 ? Pick(r, 8, 20, 30) : Pick(r, 31, 60),
                WoundDrainage = r.NextDouble() < 0.1, RecentFeverOver38C = r.NextDouble() < 0.1, Pregnant = patient.Sex == Sex.Female && r.NextDouble() < 0.05,
                BleedingDisorder = r.NextDouble() < 0.05, ContrastAllergy = r.NextDouble() < 0.05,
            },
            Symptoms = symptoms with { RedFlagsWorkedUp = flags.Count > 0 && Bool(r) ? Distinct(r, [.. flags], r.Next(1, flags.Count + 1)) : [] },
            Surgery = surgery with
            {
                MonthsSinceLastLumbarSurgery = lastSurgery,
                AdjacentLevel = surgery.PriorFusion == true && Bool(r) ? Pick(r, [.. c.Imaging!.Levels!.Select(l => l.Level!)]) : null,
            },
        };
    }

    /// <summary>The case as JSON with each property (at any depth, lists included) removed with probability <paramref name="dropRate"/>.</summary>
    public static JsonObject Masked(PatientCase full, Random r, double dropRate)
    {
        var json = JsonNode.Parse(PatientCaseJson.Write(full))!.AsObject();
        Drop(json, r, dropRate);
        return json;
    }

    private static void Drop(JsonNode node, Random r, double dropRate)
    {
        if (node is JsonObject obj)
        {
            foreach (var name in obj.Select(p => p.Key).ToList())
            {
                if (r.NextDouble() < dropRate)
                {
                    obj.Remove(name);
                }
                else if (obj[name] is { } child)
                {
                    Drop(child, r, dropRate);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var element in array.OfType<JsonNode>())
            {
                Drop(element, r, dropRate);
            }
        }
    }

    private static ImagingLevel Level(Random r, string name)
    {
        var type = One<SpondylolisthesisType>(r);
        var containment = One<DiscContainment>(r);
        return new ImagingLevel
        {
            Level = name, TranslationMm = Pick(r, 0, 2, 3, 3.5, 5), AngulationDeg = Pick(r, 0, 5, 10, 12), SpondylolisthesisType = type,
            MeyerdingGrade = type == SpondylolisthesisType.None ? 0 : r.Next(0, 5), ParsDefect = type == SpondylolisthesisType.Isthmic || Bool(r),
            Stenosis = One<StenosisGrade>(r), PfirrmannGrade = r.Next(1, 6), ModicType = r.Next(0, 4), DiscHeightPercent = Pick(r, 20, 30, 45, 50, 70, 90),
            AnnularFissureGrade = r.Next(0, 6), HighIntensityZone = Bool(r), Containment = containment,
            ProtrusionMm = containment == DiscContainment.None ? 0 : Pick(r, 1, 4.9, 5, 7), DiscographyConcordant = Bool(r),
        };
    }

    private static T One<T>(Random r)
        where T : struct, Enum => Pick(r, Enum.GetValues<T>());

    private static T Pick<T>(Random r, params T[] values) => values[r.Next(values.Length)];

    private static bool Bool(Random r) => r.Next(2) == 0;

    private static T[] Distinct<T>(Random r, T[] values, int count) => values.OrderBy(_ => r.Next()).Take(Math.Min(count, values.Length)).ToArray();
}
