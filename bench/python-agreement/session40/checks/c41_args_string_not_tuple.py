# Check: `args=("ab")` is a string, not a 1-tuple: the thread's target gets two arguments 'a' and 'b'. Bug: missing comma (works by accident here).
import threading

got = []


def target(x, y=None):
    got.append(f"{x}{y}")


t = threading.Thread(target=target, args=("ab"))
t.start()
t.join()
first = got[0]
print(f"first={first} n={len(got)}")
