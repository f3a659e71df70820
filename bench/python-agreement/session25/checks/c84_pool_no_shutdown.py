# check: work submitted to a pool that is never shut down still runs to the end before exit
import time
from concurrent.futures import ThreadPoolExecutor

done = []


def slow():
    time.sleep(0.05)
    done.append("slow")


pool = ThreadPoolExecutor(max_workers=1)
pool.submit(slow)
done.append("main")
