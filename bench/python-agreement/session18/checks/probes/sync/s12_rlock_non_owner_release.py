import threading

rlock = threading.RLock()
log = []
held = threading.Event()
done = threading.Event()

def owner():
    with rlock:
        held.set()
        done.wait()

def intruder():
    held.wait()
    try:
        rlock.release()
        log.append("released")
    except RuntimeError:
        log.append("refused")
    done.set()

ts = [threading.Thread(target=owner), threading.Thread(target=intruder)]
for t in ts:
    t.start()
for t in ts:
    t.join()
