from concurrent.futures import ThreadPoolExecutor
done = 0
def job(n):
    return n * 2
def cb(f):
    global done
    done += f.result()
with ThreadPoolExecutor(2) as ex:
    for i in range(3):
        ex.submit(job, i).add_done_callback(cb)
print(done)
