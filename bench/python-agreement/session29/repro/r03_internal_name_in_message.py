# weft's refusal names an internal variable: "`$max_296_kept` is bound to a string here"
import threading

out = []


def compute():
    out.append(max(["b", "ab", "c"], key=len) == "ab")


t = threading.Thread(target=compute)
t.start()
t.join()
print(out)
