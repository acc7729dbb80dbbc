/**
 * @jest-environment jsdom
 *
 * The add-in's XML manifest, checked offline (office-addin-manifest validate needs
 * Microsoft's validation service): identity, locales, one https origin, icons that exist,
 * the Home-tab button and the function file; and, after a production build, that
 * dist/web/manifest.xml points nowhere near localhost.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const SOURCE = join(ROOT, "manifest.xml");
const BUILT = join(ROOT, "dist", "web", "manifest.xml");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};
const DEV_ORIGIN = "https://localhost:3000";

function parse(file: string): Document {
  const doc = new DOMParser().parseFromString(readFileSync(file, "utf8"), "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`${file} is not well-formed XML: ${error.textContent}`);
  return doc;
}

function all(scope: Document | Element, ns: string, name: string): Element[] {
  return Array.from(scope.getElementsByTagNameNS(ns, name));
}

function one(scope: Document | Element, ns: string, name: string): Element {
  const found = all(scope, ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

function children(element: Element): Element[] {
  return Array.from(element.children);
}

/** Every absolute URL in the manifest (attribute values and element text), not namespaces. */
function urls(doc: Document): string[] {
  const found: string[] = [];
  for (const element of Array.from(doc.getElementsByTagName("*"))) {
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name === "xmlns" || attribute.prefix === "xmlns") continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attribute.value)) found.push(attribute.value);
    }
    if (
      element.children.length === 0 &&
      /^\s*[a-z][a-z0-9+.-]*:\/\//i.test(element.textContent ?? "")
    ) {
      found.push((element.textContent ?? "").trim());
    }
  }
  return found;
}

/** The id → element map of one Resources section (bt:Images, bt:Urls, …). */
function resources(doc: Document): Map<string, Element> {
  const map = new Map<string, Element>();
  const section = one(doc, NS.ov, "Resources");
  for (const kind of ["Image", "Url", "String"]) {
    for (const element of all(section, NS.bt, kind)) {
      const id = element.getAttribute("id") ?? "";
      expect(map.has(id)).toBe(false);
      map.set(id, element);
    }
  }
  return map;
}

function resource(doc: Document, element: Element): Element {
  const id = element.getAttribute("resid") ?? "";
  const found = resources(doc).get(id);
  if (!found) throw new Error(`resid ${id} is not defined in <Resources>`);
  return found;
}

function enUsOverride(element: Element): string | undefined {
  const override = children(element).find(
    (child) => child.localName === "Override" && child.getAttribute("Locale") === "en-US"
  );
  return override?.getAttribute("Value") ?? undefined;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  const doc = parse(SOURCE);
  const root = doc.documentElement;

  it("is a task-pane add-in in the add-in manifest 1.1 namespace", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  it("keeps the base elements in the schema's order", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expect(children(root).map((child) => child.localName)).toEqual(order);
  });

  it("has a GUID id, a four-part version, a provider and zh-CN as default locale", () => {
    expect(one(doc, NS.app, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(one(doc, NS.app, "Version").textContent).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
    expect(one(doc, NS.app, "ProviderName").textContent?.trim()).not.toBe("");
    expect(one(doc, NS.app, "DefaultLocale").textContent).toBe("zh-CN");
  });

  it.each([
    ["DisplayName", 125],
    ["Description", 250],
  ])("%s has a Chinese default and an en-US override within %i characters", (name, max) => {
    const element = one(doc, NS.app, name);
    const zh = element.getAttribute("DefaultValue") ?? "";
    const en = enUsOverride(element) ?? "";
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/[A-Za-z]/);
    expect(zh.length).toBeLessThanOrEqual(max);
    expect(en.length).toBeLessThanOrEqual(max);
  });

  it("runs in Excel workbooks with ExcelApi 1.7 and read/write document access", () => {
    const hosts = all(one(root, NS.app, "Hosts"), NS.app, "Host");
    expect(hosts.map((host) => host.getAttribute("Name"))).toEqual(["Workbook"]);
    const sets = all(one(doc, NS.app, "Requirements"), NS.app, "Set");
    expect(sets.map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")])).toEqual([
      ["ExcelApi", "1.7"],
    ]);
    expect(one(doc, NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
    const source = one(one(doc, NS.app, "DefaultSettings"), NS.app, "SourceLocation");
    expect(source.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  it("uses https URLs on the dev server's origin only", () => {
    const found = urls(doc);
    expect(found.length).toBeGreaterThan(5);
    for (const url of found) {
      expect(new URL(url).protocol).toBe("https:");
      expect(new URL(url).origin).toBe(DEV_ORIGIN);
    }
    expect(all(doc, NS.app, "AppDomain").map((d) => d.textContent)).toEqual([DEV_ORIGIN]);
  });

  it("points every icon at a PNG of the right size in assets/", () => {
    const icons: Array<[string, number | undefined]> = [
      [one(doc, NS.app, "IconUrl").getAttribute("DefaultValue") ?? "", 32],
      [one(doc, NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64],
    ];
    for (const image of all(one(doc, NS.ov, "Resources"), NS.bt, "Image")) {
      const size = Number(/(\d+)x\d+$/.exec(image.getAttribute("id") ?? "")?.[1]) || undefined;
      icons.push([image.getAttribute("DefaultValue") ?? "", size]);
      for (const override of all(image, NS.bt, "Override")) {
        icons.push([override.getAttribute("Value") ?? "", size]);
      }
    }
    for (const [url, size] of icons) {
      const pathname = new URL(url).pathname;
      expect(pathname).toMatch(/^\/assets\/[\w.-]+\.png$/);
      const file = join(ROOT, ...pathname.split("/"));
      expect(existsSync(file)).toBe(true);
      if (size) expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("defines every resid it uses, uses every resource, and overrides every string in en-US", () => {
    const defined = resources(doc);
    const used = new Set(
      Array.from(one(doc, NS.ov, "VersionOverrides").getElementsByTagName("*"))
        .map((element) => element.getAttribute("resid"))
        .filter((id): id is string => id !== null)
    );
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
    for (const [id, element] of defined) {
      expect(id.length).toBeLessThanOrEqual(32);
      if (element.localName !== "String") continue;
      const max = element.parentElement?.localName === "ShortStrings" ? 125 : 250;
      const en = enUsOverride(element);
      expect({ id, en: typeof en === "string" && en.length > 0 }).toEqual({ id, en: true });
      expect((element.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(max);
      expect((en ?? "").length).toBeLessThanOrEqual(max);
    }
  });

  it("adds one Home-tab button that shows the task pane, and the commands function file", () => {
    const overrides = one(doc, NS.ov, "VersionOverrides");
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
    const host = one(one(overrides, NS.ov, "Hosts"), NS.ov, "Host");
    expect(xsiType(host)).toBe("Workbook");
    const desktop = one(host, NS.ov, "DesktopFormFactor");

    const functionFile = one(desktop, NS.ov, "FunctionFile");
    expect(resource(doc, functionFile).getAttribute("DefaultValue")).toBe(
      `${DEV_ORIGIN}/commands.html`
    );

    const surface = one(desktop, NS.ov, "ExtensionPoint");
    expect(xsiType(surface)).toBe("PrimaryCommandSurface");
    expect(one(surface, NS.ov, "OfficeTab").getAttribute("id")).toBe("TabHome");
    const control = one(one(surface, NS.ov, "Group"), NS.ov, "Control");
    expect(xsiType(control)).toBe("Button");
    const action = one(control, NS.ov, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(resource(doc, one(action, NS.ov, "SourceLocation")).getAttribute("DefaultValue")).toBe(
      `${DEV_ORIGIN}/taskpane.html`
    );
  });
});

/** A production build names its scripts by content hash; a development build does not. */
function productionBuild(): boolean {
  const page = join(ROOT, "dist", "web", "taskpane.html");
  return (
    existsSync(BUILT) &&
    existsSync(page) &&
    /taskpane\.[0-9a-f]{8}\.js/.test(readFileSync(page, "utf8"))
  );
}

(productionBuild() ? describe : describe.skip)("dist/web/manifest.xml (production build)", () => {
  it("has the source's identity and no localhost URL, all https on one origin", () => {
    const doc = parse(BUILT);
    expect(one(doc, NS.app, "Id").textContent).toBe(one(parse(SOURCE), NS.app, "Id").textContent);
    expect(readFileSync(BUILT, "utf8")).not.toMatch(/localhost|127\.0\.0\.1/);
    const found = urls(doc);
    expect(found.length).toBe(urls(parse(SOURCE)).length);
    expect(new Set(found.map((url) => new URL(url).origin)).size).toBe(1);
    for (const url of found) expect(new URL(url).protocol).toBe("https:");
  });
});
