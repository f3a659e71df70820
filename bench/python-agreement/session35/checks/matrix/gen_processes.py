"""The failure matrix for processes: the same ten failing operations in a child process (exit code read
by the parent), a ProcessPoolExecutor job (result() in a try) and a multiprocessing.Pool's map (in a
try). Run: python3 gen_processes.py; python3 cmp.py p_*.py >> ../../results/matrix.txt."""
from gen import OPS, HEAD, JOB

CONSTRUCTS = {
    "process_exitcode": ("import multiprocessing\n", JOB + '''

def run(kind):
    job(kind)


if __name__ == "__main__":
    procs = [multiprocessing.Process(target=run, args=(k,)) for k in ("good", "bad")]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
        log.append(p.exitcode)
'''),
    "process_pool_result_except": ("from concurrent.futures import ProcessPoolExecutor\n", JOB + '''

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(job, k) for k in ("good", "bad")]
        for f in futures:
            try:
                log.append(f.result())
            except CLASS:
                log.append("caught")
'''),
    "mp_pool_map_except": ("from multiprocessing import Pool\n", JOB + '''

if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            log.extend(pool.map(job, ["good", "bad"]))
        except CLASS:
            log.append("caught")
'''),
}
for op_name, (op, cls) in OPS.items():
    for c_name, (imports, body) in CONSTRUCTS.items():
        text = f'"""{op_name} under {c_name}: `{op}` raises {cls}."""\n' + imports + "\n" + HEAD + body.replace("OP", op).replace("CLASS", cls) + "    print(sorted(map(str, log)))\n"
        with open(f"p_{op_name}__{c_name}.py", "w") as out:
            out.write(text)
