using SpineTriage.Cases;

namespace SpineTriage.Cli.Audit;

/// <summary>Imaging, care and surgery sections of a random case.</summary>
internal sealed partial class RandomCaseGenerator
{
    private ImagingFindings Imaging(string? adjacentLevel) => new()
    {
        AgeMonths = Maybe(0.85, () => _random.Next(0, 37)),
        CobbDeg = Maybe(0.25, () => Round(Between(0, 45), 0)),
        SvaCm = Maybe(0.2, () => Round(Between(-2, 12), 1)),
        PiMinusLlDeg = Maybe(0.2, () => Round(Between(-5, 30), 0)),
        Levels = MaybeOf(0.9, () => Levels(adjacentLevel)),
    };

    /// <summary>One to three contiguous levels; when a level next to a fusion is named, it is among them.</summary>
    private List<ImagingLevel> Levels(string? adjacentLevel)
    {
        var start = _random.Next(LevelNames.Length);
        var count = Math.Min(_random.Next(1, 4), LevelNames.Length - start);
        var names = LevelNames.Skip(start).Take(count).ToList();
        if (adjacentLevel is not null && !names.Contains(adjacentLevel))
        {
            names[^1] = adjacentLevel;
        }

        return names.Select(Level).ToList();
    }

    private ImagingLevel Level(string name)
    {
        var grade = Chance(0.75) ? 0 : _random.Next(1, 4);
        var type = grade == 0 ? SpondylolisthesisType.None : Pick(SpondylolisthesisType.Degenerative, SpondylolisthesisType.Degenerative, SpondylolisthesisType.Isthmic);
        var containment = Pick(DiscContainment.None, DiscContainment.Bulge, DiscContainment.Bulge, DiscContainment.Protrusion, DiscContainment.Extrusion);
        return new ImagingLevel
        {
            Level = name,
            TranslationMm = Maybe(0.7, () => Round(Chance(0.7) ? Between(0, 3) : Between(3, 9), 1)),
            AngulationDeg = Maybe(0.5, () => Round(Between(0, 15), 0)),
            MeyerdingGrade = Maybe(0.85, () => grade),
            SpondylolisthesisType = Maybe(0.8, () => type),
            ParsDefect = Maybe(0.6, () => type == SpondylolisthesisType.Isthmic || Chance(0.03)),
            Stenosis = Maybe(0.85, () => Pick(StenosisGrade.None, StenosisGrade.Mild, StenosisGrade.Moderate, StenosisGrade.Severe)),
            PfirrmannGrade = Maybe(0.75, () => _random.Next(1, 6)),
            ModicType = Maybe(0.6, () => _random.Next(0, 4)),
            DiscHeightPercent = Maybe(0.6, () => Round(Between(20, 100), 0)),
            AnnularFissureGrade = Maybe(0.5, () => _random.Next(0, 6)),
            HighIntensityZone = Maybe(0.6, () => Chance(0.2)),
            Containment = Maybe(0.8, () => containment),
            ProtrusionMm = containment == DiscContainment.None ? null : Maybe(0.5, () => Round(Between(0.5, 8), 1)),
            DiscographyConcordant = Maybe(0.08, () => Chance(0.5)),
        };
    }

    private ConservativeCare Care()
    {
        var injections = MaybeOf(0.6, () => Enumerable.Range(0, _random.Next(0, 3)).Select(_ => new Injection
        {
            Type = Pick(Enum.GetValues<InjectionType>()),
            Response = Maybe(0.9, () => Pick(InjectionResponse.None, InjectionResponse.Temporary, InjectionResponse.Durable)),
        }).ToList());
        var mbbDone = injections?.Any(i => i.Type == InjectionType.Mbb) == true;
        return new ConservativeCare
        {
            PtWeeks = Maybe(0.85, () => _random.Next(0, 31)),
            PtSessionsPerWeek = Maybe(0.7, () => _random.Next(0, 9) / 2.0),
            HomeProgram = Maybe(0.75, () => Chance(0.6)),
            HomeProgramMinutesPerDay = Maybe(0.5, () => _random.Next(0, 9) * 5),
            WeeklyTracking = Maybe(0.6, () => Chance(0.5)),
            ImprovementAtWeek6 = Maybe(0.6, () => Pick(ImprovementAtWeek6.None, ImprovementAtWeek6.Partial, ImprovementAtWeek6.Resolved)),
            Injections = injections,
            MedialBranchBlock = Maybe(0.5, () => mbbDone ? Pick(MedialBranchBlockResult.Negative, MedialBranchBlockResult.Positive) : Pick(Enum.GetValues<MedialBranchBlockResult>())),
        };
    }

    private SurgicalHistory Surgery()
    {
        if (!Chance(0.15))
        {
            return new SurgicalHistory
            {
                PriorFusion = Maybe(0.9, () => false),
                MonthsSinceLastLumbarSurgery = Chance(0.05) ? _random.Next(1, 121) : null,
                SecondOpinionObtained = Maybe(0.3, () => Chance(0.3)),
            };
        }

        var monthsSinceFusion = Maybe(0.9, () => (double)_random.Next(1, 121));
        return new SurgicalHistory
        {
            PriorFusion = true,
            MonthsSinceIndexFusion = monthsSinceFusion,
            MonthsSinceLastLumbarSurgery = monthsSinceFusion is { } months && Chance(0.3) ? _random.Next(0, (int)months + 1) : null,
            AdjacentLevel = Chance(0.3) ? Pick(LevelNames) : null,
            FusionStatusCt = Maybe(0.7, () => Pick(Enum.GetValues<FusionStatus>())),
            ScrewLucencyMm = Maybe(0.5, () => Round(Between(0, 3), 1)),
            RodFracture = Maybe(0.7, () => Chance(0.08)),
            CageSubsidence = Maybe(0.6, () => Chance(0.1)),
            AdjacentSegmentDisease = Maybe(0.6, () => Chance(0.2)),
            SecondOpinionObtained = Maybe(0.5, () => Chance(0.4)),
        };
    }
}
