# check: divmod and abs of runtime negatives
import threading

a = ""


def work():
    global a
    vals = [(-17, 5), (17, -5), (-17, -5)]
    a = ";".join(f"{divmod(x, y)}" for x, y in vals)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
