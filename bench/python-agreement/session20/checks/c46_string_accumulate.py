"""A string built with += in a thread, compared and sliced; lexicographic order of digit strings."""
import threading

banner = ""
order = []


def build():
    global banner
    for word in ["ab", "cd", "ef"]:
        banner += word.upper()
        banner += "."
    for s in sorted(["10", "9", "100"]):
        order.append(s)


if __name__ == "__main__":
    t = threading.Thread(target=build)
    t.start()
    t.join()
    tail = banner[-3:]
    has_cd = 1 if "CD" in banner else 0
