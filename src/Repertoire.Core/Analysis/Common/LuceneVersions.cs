using Lucene.Net.Util;

namespace Repertoire.Core.Analysis.Common;

/// <summary>The one Lucene compatibility version every analyzer, filter and index writer is created with.</summary>
public static class LuceneVersions
{
    /// <summary><c>LUCENE_48</c>, the version of the Lucene.Net packages in use.</summary>
    public const LuceneVersion Current = LuceneVersion.LUCENE_48;
}
