namespace Repertoire.Core.Index;

/// <summary>A searchable field of a listing.</summary>
public enum IndexField
{
    /// <summary>The official name.</summary>
    Name,

    /// <summary>Alternative names and acronyms.</summary>
    AltNames,

    /// <summary>Labels and synonyms of the listing's own needs and sectors.</summary>
    Taxonomy,

    /// <summary>Labels and synonyms of the ancestors of its needs (a parent need finds its sub-needs' listings).</summary>
    BroaderTaxonomy,

    /// <summary>The description and the audience.</summary>
    Description,
}
