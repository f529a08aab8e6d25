using Repertoire.Core.DirectoryImport.Mapping;

namespace Repertoire.Core.Tests.DirectoryImport.Mapping;

public sealed class OpeningHoursParserTests
{
    [Theory]
    [InlineData("Du lundi au vendredi de 9h à 12h et de 13h30 à 16h30.", "09:00-12:00 13:30-16:30|09:00-12:00 13:30-16:30|09:00-12:00 13:30-16:30|09:00-12:00 13:30-16:30|09:00-12:00 13:30-16:30||")]
    [InlineData("Van maandag tot vrijdag van 9u tot 12u en van 13u30 tot 16u30.", "09:00-12:00 13:30-16:30|09:00-12:00 13:30-16:30|09:00-12:00 13:30-16:30|09:00-12:00 13:30-16:30|09:00-12:00 13:30-16:30||")]
    [InlineData("Lundi, mercredi et jeudi de 9h à 12h.", "09:00-12:00||09:00-12:00|09:00-12:00|||")]
    [InlineData("Maandag, woensdag en donderdag van 9u tot 12u.", "09:00-12:00||09:00-12:00|09:00-12:00|||")]
    [InlineData("Tous les jours de 8h à 20h.", "08:00-20:00|08:00-20:00|08:00-20:00|08:00-20:00|08:00-20:00|08:00-20:00|08:00-20:00")]
    [InlineData("Lundi de 9:30 à 12:00. Mardi de 14h à 16h.", "09:30-12:00|14:00-16:00|||||")]
    [InlineData("Vendredi de 22h à 2h.", "||||22:00-02:00||")]
    public void ClearWeeklyPatternIsStructured(string text, string expected)
    {
        var schedule = OpeningHoursParser.Parse(text);
        Assert.NotNull(schedule);
        Assert.Equal(expected, string.Join('|', schedule.Ranges.Select(r => string.Join(' ', r))));
        Assert.False(schedule.AppointmentOnly);
    }

    [Theory]
    [InlineData("Sur rendez-vous.")]
    [InlineData("Op afspraak.")]
    public void AppointmentOnlyIsAFlag(string text)
    {
        var schedule = OpeningHoursParser.Parse(text);
        Assert.NotNull(schedule);
        Assert.True(schedule.AppointmentOnly);
        Assert.All(schedule.Ranges, Assert.Empty);
    }

    [Theory]
    [InlineData("Du lundi au vendredi de 9h à 12h, sauf jours fériés.")]
    [InlineData("Le premier lundi du mois de 14h à 16h.")]
    [InlineData("Permanence téléphonique 24h/24.")]
    [InlineData("Horaires variables selon les saisons")]
    [InlineData("")]
    public void AnythingElseIsLeftAsANote(string text) => Assert.Null(OpeningHoursParser.Parse(text));
}
