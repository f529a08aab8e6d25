using NodaTime;

namespace Repertoire.Core.Records;

/// <summary>How recently a listing's facts were checked, in the three states the site shows.</summary>
public enum FreshnessState
{
    /// <summary>Checked within the last 12 months: shown plainly.</summary>
    Current,

    /// <summary>Checked 12 to 24 months ago: shown with a caution.</summary>
    Ageing,

    /// <summary>Checked more than 24 months ago, or never: shown as "to verify".</summary>
    ToVerify,
}

/// <summary>The freshness of a listing on a given day.</summary>
/// <param name="State">The state shown.</param>
/// <param name="MonthsAgo">Whole months since the check (null when never checked).</param>
public sealed record Freshness(FreshnessState State, int? MonthsAgo)
{
    /// <summary>The freshness of <paramref name="verified"/> on <paramref name="today"/>.</summary>
    public static Freshness Of(Verification? verified, LocalDate today)
    {
        if (verified is null) return new Freshness(FreshnessState.ToVerify, null);
        // A date in the future (a typo, or a clock behind) counts as checked today.
        var months = verified.Date > today ? 0 : Period.Between(verified.Date, today, PeriodUnits.Months).Months;
        var state = months < 12 ? FreshnessState.Current : months < 24 ? FreshnessState.Ageing : FreshnessState.ToVerify;
        return new Freshness(state, months);
    }

    /// <summary>The API's name of the state: <c>current</c>, <c>ageing</c> or <c>to_verify</c>.</summary>
    public string Code => State switch
    {
        FreshnessState.Current => "current",
        FreshnessState.Ageing => "ageing",
        _ => "to_verify",
    };
}
