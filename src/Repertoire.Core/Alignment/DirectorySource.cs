namespace Repertoire.Core.Alignment;

/// <summary>The two directories being aligned.</summary>
public enum DirectorySource
{
    /// <summary>Bruxelles-Social (social.brussels), bilingual.</summary>
    BruxellesSocial,

    /// <summary>De Sociale Kaart (desocialekaart.be), Dutch.</summary>
    SocialeKaart,
}
