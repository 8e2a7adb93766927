namespace Platform.Modules.Documents.Features.Demo;

/// <summary>What the demo company keeps in its company space: folders and the files in them.</summary>
internal static class DemoLibrary
{
    /// <summary>A file in a folder; with a draft, the draft is its first version and the content a second one, so there is history to compare.</summary>
    public sealed record DemoFile(string Folder, string Name, string ContentType, Func<byte[]> Content, string[] Tags, DemoDraft? Draft = null);

    /// <summary>An earlier version of a demo file, and the comment of the version that followed it.</summary>
    public sealed record DemoDraft(Func<byte[]> Content, string Revision);

    public static readonly string[] Folders = ["Policies", "Handbook", "Templates", "Projects"];

    private static readonly string[] TravelPolicy =
    [
        "This policy covers business travel by every employee. Book trains for journeys under four hours and economy flights otherwise.",
        "Hotels up to 150 EUR per night are approved without further sign-off; above that, your manager approves in advance.",
        "Per diem allowances follow the national tax tables. Keep every receipt and file the expense claim within 30 days of your return.",
        "Travel insurance is provided by the company for all trips booked through the travel desk.",
    ];

    private static readonly string[] CodeOfConduct =
    [
        "We treat colleagues, customers and partners with respect. Harassment and discrimination of any kind are not tolerated.",
        "Conflicts of interest are declared to your manager before you act on them. Gifts above 50 EUR are declined politely.",
        "Confidential information stays inside the company: share documents through the document library, never by private email.",
        "Report concerns to your manager or, anonymously, to the compliance office. Nobody is penalised for reporting in good faith.",
    ];

    private static readonly string[] CodeOfConductDraft =
    [
        "We treat colleagues, customers and partners with respect. Harassment and discrimination of any kind are not tolerated.",
        "Conflicts of interest are declared to your manager before you act on them. Gifts above 100 EUR are declined politely.",
        "Confidential information stays inside the company: share documents through the document library, never by private email.",
    ];

    private static readonly string[] Security =
    [
        "Lock your screen whenever you leave your desk. Use the password manager and a different passphrase for every service.",
        "Phishing mails imitate colleagues and suppliers: check the sender, never open unexpected attachments, report suspicious mail.",
        "Laptops are encrypted; lost devices are reported to the IT desk within one hour so they can be wiped remotely.",
    ];

    private static readonly string[] Brief =
    [
        "Goal: relaunch the company website with a new design, faster pages and a content workflow marketing can run alone.",
        "Scope: discovery interviews, information architecture, visual design, build on the new CMS, content migration, launch.",
        "Milestones: design sign-off, then launch. The plan, dependencies and critical path live in the WEB project.",
    ];

    private const string Welcome = """
        # Welcome aboard

        This handbook is where we keep what every new colleague needs in the first weeks.

        - **Day one**: your manager walks you through the office, your laptop and your accounts.
        - **First week**: read the *Code of conduct* and the *Travel policy* in the Policies folder.
        - **Questions**: ask in your team channel, or search the document library — it finds words inside PDFs and Word files.
        """;

    // Last: the contents above are initialised first.
    public static readonly DemoFile[] Files =
    [
        new("Policies", "Travel policy.pdf", "application/pdf", () => DemoFiles.Pdf("Travel policy", TravelPolicy), ["policy", "travel"]),
        new("Policies", "Code of conduct.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            () => DemoFiles.Docx("Code of conduct", CodeOfConduct), ["policy"],
            new(() => DemoFiles.Docx("Code of conduct", CodeOfConductDraft), "Gift limit lowered to 50 EUR; how to report concerns added")),
        new("Handbook", "Welcome.md", "text/markdown", () => DemoFiles.Text(Welcome), ["onboarding"]),
        new("Handbook", "IT security basics.pdf", "application/pdf", () => DemoFiles.Pdf("IT security basics", Security), ["onboarding", "security"]),
        new("Templates", "Meeting notes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            () => DemoFiles.Docx("Meeting notes", ["Date:", "Attendees:", "Agenda:", "Decisions:", "Action items (owner, due date):"]), ["template"]),
        new("Projects", "Website relaunch brief.pdf", "application/pdf", () => DemoFiles.Pdf("Website relaunch brief", Brief), ["project", "website"]),
    ];
}
