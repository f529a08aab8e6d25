namespace Repertoire.Core.Alignment;

/// <summary>A field on which the two directories disagree for a pair, with both values as written.</summary>
/// <param name="Field">"kbo", "phone", "email", "website" or "address".</param>
/// <param name="BruxellesSocial">The Bruxelles-Social value.</param>
/// <param name="SocialeKaart">The Sociale Kaart value.</param>
public sealed record FieldConflict(string Field, string BruxellesSocial, string SocialeKaart);
