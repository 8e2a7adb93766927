using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Platform.Modules.Projects.Domain;
using static Platform.Modules.Projects.Features.Transfer.Mspdi.MspdiElements;

namespace Platform.Modules.Projects.Features.Transfer.Mspdi;

/// <summary>
/// Reads an MS Project XML (MSPDI) file into an <see cref="MspdiProject"/>, collecting every problem rather than
/// stopping at the first. The XML is parsed with DTD processing prohibited and no resolver, so a document type
/// declaration (and with it every entity declaration: XXE, billion laughs) is refused, never expanded; the caller
/// bounds the size before parsing.
/// </summary>
internal static class MspdiReader
{
    public const string Namespace = "http://schemas.microsoft.com/project";

    private static readonly XNamespace Ns = Namespace;

    public static (MspdiProject? Project, List<MspdiError> Errors, List<string> Warnings) Read(byte[] content)
    {
        var errors = new List<MspdiError>();
        var warnings = new List<string>();
        var document = Parse(content, errors);
        if (document?.Root is not { } root)
        {
            return (null, errors, warnings);
        }

        if (root.Name != Ns + "Project")
        {
            errors.Add(new MspdiError("file", $"The root element is {{{root.Name.NamespaceName}}}{root.Name.LocalName}; an MSPDI file's is Project in the namespace {Namespace}."));
            return (null, errors, warnings);
        }

        var tasks = ReadTasks(root, errors, warnings);
        CheckLinks(tasks, errors);
        var calendar = MspdiCalendarReader.Read(root, errors, warnings);
        return errors.Count > 0 ? (null, errors, warnings) : (new MspdiProject(Text(root, "Name") ?? Text(root, "Title"), calendar, tasks), errors, warnings);
    }

    private static XDocument? Parse(byte[] content, List<MspdiError> errors)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            // Prohibit already refuses every entity declaration; the bounds below hold even if that ever changed.
            MaxCharactersFromEntities = content.Length,
            MaxCharactersInDocument = content.Length,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException exception)
        {
            var dtd = exception.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || exception.Message.Contains("DOCTYPE", StringComparison.OrdinalIgnoreCase);
            errors.Add(new MspdiError("file", dtd
                ? "The file declares a document type (DTD); MSPDI files have none, and DTDs and entity declarations are refused."
                : $"The file is not well-formed XML (line {exception.LineNumber}, position {exception.LinePosition})."));
            return null;
        }
    }

    private static List<MspdiTask> ReadTasks(XElement root, List<MspdiError> errors, List<string> warnings)
    {
        var tasks = new List<MspdiTask>();
        var uids = new HashSet<int>();
        var outline = new List<(int Level, int Uid)>(); // the open summary tasks, innermost last
        foreach (var element in root.Element(Ns + "Tasks")?.Elements(Ns + "Task") ?? [])
        {
            var field = $"tasks[{tasks.Count}]";
            if (!int.TryParse(Text(element, "UID"), NumberStyles.None, CultureInfo.InvariantCulture, out var uid))
            {
                errors.Add(new MspdiError(field, "UID is required and must be a whole number."));
                continue;
            }

            field = $"tasks[UID={uid}]";
            var level = Int(element, "OutlineLevel", field, errors) ?? OutlineLevelOf(Text(element, "OutlineNumber"));
            if (uid == 0 || level == 0 || Flag(element, "IsNull"))
            {
                // UID 0 is the project summary task MS Project writes; null tasks are blank rows.
                continue;
            }

            if (!uids.Add(uid))
            {
                errors.Add(new MspdiError(field, $"UID {uid} appears twice."));
                continue;
            }

            var name = Text(element, "Name")?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > ProjectTask.TitleMaxLength)
            {
                errors.Add(new MspdiError($"{field}.name", $"Name is required and at most {ProjectTask.TitleMaxLength} characters."));
            }

            level ??= 1;
            while (outline.Count > 0 && outline[^1].Level >= level)
            {
                outline.RemoveAt(outline.Count - 1);
            }

            if (outline.Count == 0 && level > 1 || outline.Count > 0 && level > outline[^1].Level + 1)
            {
                errors.Add(new MspdiError($"{field}.outlineLevel", $"OutlineLevel {level} does not follow the task before it (a level may go at most one deeper)."));
            }

            int? parent = outline.Count > 0 ? outline[^1].Uid : null;
            outline.Add((level.Value, uid));

            var start = Date(element, "Start", field, errors, finish: false);
            var finish = Date(element, "Finish", field, errors, finish: true);
            if (start is { } s && finish is { } f && f < s)
            {
                finish = s; // a zero-length task finishing at the start of its day
            }

            var milestone = Flag(element, "Milestone");
            var durationText = Text(element, "Duration");
            var duration = durationText is null ? 0 : MspdiUnits.DurationDays(durationText);
            if (duration is null or < 0)
            {
                errors.Add(new MspdiError($"{field}.duration", $"'{durationText}' is not a duration such as PT40H0M0S."));
            }

            var percent = Int(element, "PercentComplete", field, errors) ?? 0;
            if (percent is < 0 or > 100)
            {
                errors.Add(new MspdiError($"{field}.percentComplete", "PercentComplete must be 0-100."));
            }

            var notes = Text(element, "Notes");
            if (notes?.Length > ProjectTask.DescriptionMaxLength)
            {
                errors.Add(new MspdiError($"{field}.notes", $"Notes may be at most {ProjectTask.DescriptionMaxLength} characters."));
            }

            var links = ReadLinks(element, field, errors, warnings);
            tasks.Add(new MspdiTask(uid, name ?? "", parent, start, finish, milestone ? 0 : duration ?? 0, milestone, percent, Flag(element, "Manual"),
                string.IsNullOrWhiteSpace(notes) ? null : notes, links));
        }

        return tasks;
    }

    private static List<MspdiLink> ReadLinks(XElement task, string field, List<MspdiError> errors, List<string> warnings)
    {
        var links = new List<MspdiLink>();
        foreach (var link in task.Elements(Ns + "PredecessorLink"))
        {
            var linkField = $"{field}.predecessorLink[{links.Count}]";
            if (Flag(link, "CrossProject"))
            {
                warnings.Add($"{field}: a link to a task of another project ({Text(link, "CrossProjectName")}) was left out.");
                continue;
            }

            var predecessor = Int(link, "PredecessorUID", linkField, errors);
            var type = MspdiUnits.LinkType(Int(link, "Type", linkField, errors) ?? 1);
            var lag = Int(link, "LinkLag", linkField, errors) ?? 0;
            var (days, lagError) = MspdiUnits.LagDays(lag, Int(link, "LagFormat", linkField, errors) ?? MspdiUnits.DaysFormat);
            if (predecessor is null)
            {
                errors.Add(new MspdiError($"{linkField}.predecessorUID", "PredecessorUID is required."));
            }

            if (type is null)
            {
                errors.Add(new MspdiError($"{linkField}.type", "Type must be 0 (FF), 1 (FS), 2 (SF) or 3 (SS)."));
            }

            if (lagError is not null)
            {
                errors.Add(new MspdiError($"{linkField}.lagFormat", lagError));
            }

            if (predecessor is { } uid && type is { } linkType)
            {
                links.Add(new MspdiLink(uid, linkType, days));
            }
        }

        return links;
    }

    /// <summary>Links must point at tasks of the file, once per pair, and must not loop.</summary>
    private static void CheckLinks(List<MspdiTask> tasks, List<MspdiError> errors)
    {
        var byUid = tasks.ToDictionary(t => t.Uid);
        foreach (var task in tasks)
        {
            var seen = new HashSet<int>();
            foreach (var link in task.Predecessors)
            {
                var field = $"tasks[UID={task.Uid}].predecessorLink";
                if (!byUid.ContainsKey(link.PredecessorUid))
                {
                    errors.Add(new MspdiError(field, $"PredecessorUID {link.PredecessorUid} is not a task of the file."));
                }
                else if (link.PredecessorUid == task.Uid)
                {
                    errors.Add(new MspdiError(field, "A task cannot be its own predecessor."));
                }
                else if (!seen.Add(link.PredecessorUid))
                {
                    errors.Add(new MspdiError(field, $"Task {link.PredecessorUid} is linked twice as a predecessor."));
                }
            }
        }

        if (errors.Count == 0 && GraphCycle.Find(tasks.Select(t => t.Uid), uid => byUid[uid].Predecessors.Select(l => l.PredecessorUid)) is { } cycle)
        {
            // The search walks from successors to predecessors; reversed, the cycle reads in the direction work flows.
            errors.Add(new MspdiError("tasks.predecessorLink", $"The links form a cycle: UID {string.Join(" → ", cycle.Reverse())}."));
        }
    }
}
