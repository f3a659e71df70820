# check: IndexError text for list and str, and negative index that fits
import threading

out = []


def work():
    xs = [10, 20, 30]
    out.append(xs[-3])
    for seq in (xs, "abc"):
        try:
            seq[5]
        except IndexError as e:
            out.append(str(e))


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
