"""Kill soak: the crash-safety test of tests/test_crash_safety.py with hundreds of kills.

    python benchmarks/kill_soak.py [KILLS] [--seed N] [--orders N]

Runs `fulfil-desk bench` in a subprocess on a fresh demo shop, feeds it scans (receive →
verify → pick → pack → box and weight → label SAVE → courier → tracking → ship) and kills
it with SIGKILL at random moments; after every kill it checks `PRAGMA integrity_check`,
that every scan answered `ok` is in the file and that the order resumes at the same step.
Then it ships every order and checks each scan was counted exactly once. Prints a summary.
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from kill_harness import KillRun, check_all_shipped, prepare_shop  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kills", nargs="?", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--orders", type=int, default=0, help="default: enough for the kills")
    args = parser.parse_args()
    orders = args.orders or max(8, args.kills // 3)
    with tempfile.TemporaryDirectory() as folder:
        db, labels = Path(folder) / "shop.db", Path(folder) / "labels"
        order_ids = prepare_shop(db, orders)
        run = KillRun(db=db, label_dir=labels, order_ids=order_ids, rng=random.Random(args.seed))
        stats = run.run(kills=args.kills)
        check_all_shipped(db, order_ids, labels)
    machine = f"{platform.node()} ({platform.machine()}, Python {platform.python_version()})"
    print(f"kill soak on {machine}")
    print(f"  orders shipped:            {orders}")
    print(f"  kills:                     {stats['kills']}")
    print(f"    while starting:          {stats['while_starting']}")
    print(f"    with a scan in flight:   {stats['in_flight']}")
    print(f"      that scan committed:   {stats['in_flight_committed']}")
    print(f"      that scan lost (unacknowledged, as it may be): {stats['in_flight_lost']}")
    print(f"    idle:                    {stats['idle']}")
    print(f"  scans acknowledged ok:     {stats['scans_ok']}")
    print(f"  station starts:            {stats['restarts'] + 1}")
    print(f"  time:                      {stats['seconds']} s")
    print("  integrity_check ok after every kill; nothing acknowledged lost; nothing twice.")
    if stats["kills"] < args.kills:
        print(f"  (only {stats['kills']} kills: every order shipped first; raise --orders)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
