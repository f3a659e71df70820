"""f-string format specs, str.format, % formatting in a thread."""
import threading

lines = []


def report(name, count, ratio_permille):
    lines.append(f"{name:<6}|{count:>4}|{count:04d}|{count:x}|{count:,}")
    lines.append("{:^7}".format(name))
    lines.append("%s=%d" % (name, count))
    lines.append(f"{ratio_permille / 10:.1f}%")
    lines.append(f"{name!r}")


if __name__ == "__main__":
    t = threading.Thread(target=report, args=("disk", 12345, 873))
    t.start()
    t.join()
