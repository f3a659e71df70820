"""Text edge cases in a worker: unicode length and slicing, default alignment of str vs int, sign padding,
alternate forms, int() parsing, split with maxsplit, find/-1, out-of-range slices."""
import threading

out = []
NAME = "naïve café"


def worker():
    word = NAME
    out.append(str(len(word)))
    out.append(word[:5])
    out.append(word.upper())
    out.append(f"[{'ab':5}]")
    out.append(f"[{12:5}]")
    out.append(f"{-5:05d}")
    out.append(f"{255:#x}")
    out.append(f"{5:b}")
    out.append(f"{7:+d}")
    out.append("%-4s|%03d" % ("x", 7))
    out.append(str(int(" 42 ") + int("4_2")))
    parts = "a,b,c".split(",", 1)
    out.append(parts[1])
    out.append(str("hello".find("z")))
    out.append("abc"[5:] + "|" + "abc"[-10:])
    out.append("Straße".upper())
    out.append("x".center(5, "*"))
    out.append("7".zfill(3))
    out.append(str(max("apple", "Banana")))


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
