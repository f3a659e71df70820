# Workers split jobs "kind:name" with str.partition and str.rpartition. CPython 3.11.7: ok,
# done=["ann/email", "bob/sms", "/", "b:c/a:b"] kinds=["email", "sms", "plain", "a"] (session 18 a03's form).
import queue, threading
jobs = queue.Queue()
done = []
kinds = []
for j in ["email:ann", "sms:bob", "plain", "a:b:c"]:
    jobs.put(j)

def worker():
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            return
        kind, _, name = job.partition(":")
        head, sep, tail = job.rpartition(":")
        done.append(name + "/" + head)
        kinds.append(kind)

t = threading.Thread(target=worker)
t.start(); t.join()
