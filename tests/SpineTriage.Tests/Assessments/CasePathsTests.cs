using SpineTriage.Assessments;

namespace SpineTriage.Tests.Assessments;

public sealed class CasePathsTests
{
    [Theory]
    [InlineData("imaging.Levels[1].TranslationMm", "imaging.levels[1].translationMm")]
    [InlineData("patient.HbA1cPercent", "patient.hba1cPercent")]
    [InlineData("patient.CtHounsfieldL1", "patient.ctHounsfieldL1")]
    [InlineData("care.Injections[0].Response", "care.injections[0].response")]
    [InlineData("imaging.Levels", "imaging.levels")]
    [InlineData("symptoms", "symptoms")]
    [InlineData("imaging.Levels[].PfirrmannGrade", "imaging.levels[].pfirrmannGrade")]
    public void Engine_member_paths_become_case_json_paths(string memberPath, string jsonPath)
    {
        Assert.Equal(jsonPath, CasePaths.ToJsonPath(memberPath));
    }
}
