namespace Repertoire.Core.Corrections;

/// <summary>How a correctable field is written in the front matter.</summary>
public enum CorrectionFieldKind
{
    /// <summary>A text per language (<c>name: {fr: ..., nl: ...}</c>): the visitor's language is the one changed.</summary>
    Text,

    /// <summary>A list (<c>phones: [...]</c>): the value is split on line breaks, commas and semicolons.</summary>
    Items,

    /// <summary>One value (<c>site.number</c>).</summary>
    Scalar,

    /// <summary>Something else: staff handle it by hand or pick the field it concerns.</summary>
    Other,
}
