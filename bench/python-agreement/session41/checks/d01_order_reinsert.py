# check: dict keeps insertion order; delete then re-insert goes to the end
import threading

a = ""


def work():
    global a
    d = {"x": 1, "y": 2, "z": 3}
    del d["x"]
    d["x"] = 4
    d["y"] = 5
    a = ",".join(f"{k}{v}" for k, v in d.items())


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
