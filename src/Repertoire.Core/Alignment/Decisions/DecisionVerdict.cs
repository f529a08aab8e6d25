namespace Repertoire.Core.Alignment.Decisions;

/// <summary>What a person decided about a pair.</summary>
public enum DecisionVerdict
{
    /// <summary>Same organisation at the same site.</summary>
    Confirmed,

    /// <summary>Not the same; never to be proposed again.</summary>
    Rejected,
}
