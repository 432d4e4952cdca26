/**
 * @jest-environment jsdom
 */
/** The Excel host saves the 自评报告 draft as a download from the task pane's webview. */
import { createExcelHost } from "../../src/excel/host";
import { HostError } from "../../src/host";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("saveFile", () => {
  const url = URL as unknown as { createObjectURL?: (b: Blob) => string; revokeObjectURL?: (u: string) => void };
  afterEach(() => {
    delete url.createObjectURL;
    delete url.revokeObjectURL;
    jest.restoreAllMocks();
  });

  it("downloads the bytes under the name given, with the type given", async () => {
    const blobs: Blob[] = [];
    url.createObjectURL = (b) => {
      blobs.push(b);
      return "blob:draft";
    };
    url.revokeObjectURL = () => undefined;
    const clicked: { href: string; download: string }[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    await createExcelHost().saveFile?.("承德自评报告（草稿）.docx", new Uint8Array([0x50, 0x4b, 3, 4]), DOCX);
    expect(clicked).toEqual([{ href: "blob:draft", download: "承德自评报告（草稿）.docx" }]);
    expect(blobs[0]?.type).toBe(DOCX);
    expect(blobs[0]?.size).toBe(4);
    expect(document.querySelector("a[download]")).toBeNull();
  });

  it("says the webview cannot when it has no object URLs", async () => {
    await expect(createExcelHost().saveFile?.("a.docx", new Uint8Array([1]), DOCX)).rejects.toEqual(new HostError("unsupported", "download"));
  });
});
