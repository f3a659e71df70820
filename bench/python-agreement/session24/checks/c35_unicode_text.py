"""Text with non-ASCII characters handled in a thread: len counts characters, slices and find index them."""
import threading

out = {}


def work(name):
    out["length"] = len(name)
    out["head"] = name[:3]
    out["tail"] = name[-2:]
    out["upper"] = name.upper()
    out["find"] = name.find("ü")
    out["padded"] = f"[{name:>8}]"
    out["words"] = len("grüße aus köln".split())


t = threading.Thread(target=work, args=("Zürich€",))
t.start()
t.join()
print(out)
