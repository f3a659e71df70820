"""String methods on text a worker thread receives."""
import threading

out: dict[str, str] = {}


def parse(line: str) -> None:
    fields = line.split(",")
    out["second"] = fields[1]
    out["count"] = str(len(fields))
    out["title"] = line.title()
    out["stripped"] = "xxhixx".strip("x")
    out["reversed"] = line[::-1]
    out["words"] = "|".join("  a  b c ".split())
    out["replaced"] = line.replace(",", ";", 1)
    out["tail"] = line[-3:]
    out["upper"] = line.upper()


t = threading.Thread(target=parse, args=("alpha,,gamma beta,z",))
t.start()
t.join()
print(out)
