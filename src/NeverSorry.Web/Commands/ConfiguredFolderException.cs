namespace NeverSorry.Web.Commands;

/// <summary>
/// The configured content folder cannot be used: <c>Content:Path</c> is not set, or names no folder. The message says
/// which and where the setting is; the command ends with exit code 2, as for a folder given that does not exist.
/// </summary>
internal sealed class ConfiguredFolderException(string message) : Exception(message);
