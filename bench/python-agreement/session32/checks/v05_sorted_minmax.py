# sorted with key and reverse on lists made at run time; min/max with key; sorted of tuples.
import threading

r = {}
data = []


def work():
    for name, score in (("bo", 3), ("al", 5), ("cy", 3)):
        data.append((score, name))
    by_score = sorted(data, reverse=True)
    r["first"] = by_score[0][1]
    r["last"] = by_score[-1][1]
    names = sorted([n for _, n in data], key=len)
    r["names"] = ",".join(names)
    r["maxn"] = max([n for _, n in data])
    r["lo"] = min(data)[1]


t = threading.Thread(target=work)
t.start()
t.join()
print(r)
