# bug: missing join - main reads the workers' totals without joining the download threads
import threading
import time

beats = 0
totals = {}


def heartbeat():
    global beats
    while True:
        beats += 1
        time.sleep(0.001)


def download(name, chunks):
    got = 0
    for c in range(chunks):
        time.sleep(0.001)
        got += 64
    totals[name] = got


hb = threading.Thread(target=heartbeat, daemon=True)
hb.start()

files = {"a.iso": 3, "b.zip": 1, "c.tar": 2}
threads = []
for name, chunks in files.items():
    t = threading.Thread(target=download, args=(name, chunks))
    t.start()
    threads.append(t)

time.sleep(0.0015)
done = sorted(totals)
print(f"done={done} count={len(done)} daemon={hb.daemon}")
