# check: dict insertion order after pop and re-insert; sorted with key and reverse; stable sort
import threading

keys = []
ranked = []


def work():
    d = {"b": 2, "a": 1, "c": 3}
    d.pop("b")
    d["b"] = 0
    keys.extend(d.keys())
    people = [("ann", 30), ("bo", 25), ("cy", 30), ("di", 25)]
    for name, _ in sorted(people, key=lambda p: p[1], reverse=True):
        ranked.append(name)


t = threading.Thread(target=work)
t.start()
t.join()
