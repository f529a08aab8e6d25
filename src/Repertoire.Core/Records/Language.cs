namespace Repertoire.Core.Records;

/// <summary>The two languages of the directory.</summary>
public enum Language
{
    Fr,
    Nl,
}
