"""Unicode text: len counts characters, slicing and upper() are by character."""
import threading

info: dict[str, str] = {}
sizes: dict[str, int] = {}


def handle(name: str) -> None:
    sizes["len"] = len(name)
    info["upper"] = name.upper()
    info["first2"] = name[:2]
    info["last"] = name[-1]
    info["padded"] = f"{name:>8}|"
    sizes["find"] = name.find("l")


t = threading.Thread(target=handle, args=("héllo✓",))
t.start()
t.join()
print(sizes, info)
