using NodaTime;
using Repertoire.Core.Records;

namespace Repertoire.Core.Tests.Records;

public sealed class FreshnessTests
{
    private static readonly LocalDate Today = new(2026, 12, 6);

    [Theory]
    [InlineData("2026-12-01", FreshnessState.Current, 0)]
    [InlineData("2025-12-07", FreshnessState.Current, 11)]
    [InlineData("2025-12-06", FreshnessState.Ageing, 12)]
    [InlineData("2025-06-06", FreshnessState.Ageing, 18)]
    [InlineData("2024-12-07", FreshnessState.Ageing, 23)]
    [InlineData("2024-12-06", FreshnessState.ToVerify, 24)]
    [InlineData("2020-08-28", FreshnessState.ToVerify, 75)]
    [InlineData("2027-01-01", FreshnessState.Current, 0)]
    public void StateFollowsTheMonthsSinceTheCheck(string date, FreshnessState state, int months)
    {
        var freshness = Freshness.Of(new Verification(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value, null), Today);

        Assert.Equal(state, freshness.State);
        Assert.Equal(months, freshness.MonthsAgo);
    }

    [Fact]
    public void NeverCheckedIsToVerify()
    {
        var freshness = Freshness.Of(null, Today);

        Assert.Equal(FreshnessState.ToVerify, freshness.State);
        Assert.Null(freshness.MonthsAgo);
        Assert.Equal("to_verify", freshness.Code);
    }
}
