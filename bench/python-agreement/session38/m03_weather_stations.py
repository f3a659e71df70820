# Weather stations run as processes and send readings through a multiprocessing.Queue; each station
# sends a final None, and the parent stops after it has seen one per station.
import multiprocessing


def station(name, temps, out):
    for temp in temps:
        out.put((name, temp))
    out.put(None)


if __name__ == "__main__":
    out = multiprocessing.Queue()
    data = {"oslo": [-3, -1, 0], "rome": [14, 16], "cairo": [28, 31, 30]}
    procs = [multiprocessing.Process(target=station, args=(n, t, out)) for n, t in data.items()]
    for p in procs:
        p.start()
    finished = 0
    highs = {}
    while finished < len(procs):
        item = out.get()
        if item is None:
            finished += 1
            continue
        name, temp = item
        highs[name] = max(highs.get(name, temp), temp)
    for p in procs:
        p.join()
    print(f"highs={dict(sorted(highs.items()))}")
