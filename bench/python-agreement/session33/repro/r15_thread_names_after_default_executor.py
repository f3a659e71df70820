# SILENT (a wrong value): thread names after `asyncio.run` of a program that used the default executor
# (`asyncio.to_thread`, `loop.run_in_executor(None, ...)`). CPython 3.11's asyncio.run ends with
# loop.shutdown_default_executor(), which starts an unnamed threading.Thread to join the executor: it
# takes the number Thread-1 from the counter, so the next threads are Thread-2 and Thread-3. weft's
# thread_names.rs counts only the threads the main code makes and says Thread-1 and Thread-2.
# (A Timer, a Thread subclass, multiprocessing and ProcessPoolExecutor are excluded there; the default
# executor's shutdown thread is not.)
# CPython 3.11: ['Thread-2 (work)', 'Thread-3 (work)'] every run.
# weft-start explore: 1 outcome, complete: labels = ['Thread-1 (work)', 'Thread-2 (work)'].
import asyncio
import threading
done = []
def work():
    done.append(1)
async def main():
    await asyncio.to_thread(work)
asyncio.run(main())
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
labels = [t.name for t in threads]
print(labels)
