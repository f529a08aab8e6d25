namespace Repertoire.Core.DirectoryImport;

/// <summary>The import cannot start: a mapping table is wrong, a source cannot be read at all, the content folder
/// is missing. Nothing has been written when it is thrown.</summary>
public sealed class ImportSetupException(string message, Exception? inner = null) : Exception(message, inner);
