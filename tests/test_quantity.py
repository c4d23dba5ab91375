"""What counts as a measure of scope or result."""

from __future__ import annotations

import pytest

from cvlint.text.quantity import is_quantified

QUANTIFIED = [
    "Led 5 engineers to ship the billing service",
    "Cut p99 latency of the search API",
    "Reduced costs by 30%",
    "Saved $1.2M per year",
    "Served 10K+ daily users",
    "Made deploys 3x faster",
    "Onboarded three new teams",
    "Processed 1,200,000 events",
    "Won 1st place at a national hackathon",
    "Doubled conversion on the pricing page",
    "Managed a team of 12",
    "Reduced build time from 20 to 5 minutes",
    "Stored 1MWh of battery data",
    "Cut the bundle to ~6MB",
    "Ingested +100GB/day of logs",
    "Ran inference at 1sec/image",
    "Labelled images at 10-15 min/image",
    "Reduced latency to 20ms",
    "Built terabyte-scale ingestion pipelines",
    "Indexed petabytes of logs",
    "Cut release time from months to days",
    "Cut queries from several hours down to minutes",
    "Cut request latency in half with a CDN",
    "Deployed core routers with 400G uplinks",
    "Kept metrics for years instead of days",
    "Wrote a 12-page design review",
    "Grew the cluster to a 300-node fleet",
    "Moved the database with zero downtime",
]
NOT_QUANTIFIED = [
    "Worked on the billing service for over two years",
    "Migrated services to Python 3.11",
    "Built a chatbot on GPT-4o with LangChain",
    "Deployed on EC2 and S3",
    "Upgraded to Java 17 and Spring Boot 3",
    "Maintained the CI pipeline since 2019",
    "Designed the onboarding flow (2021-2022)",
    "Supported L4 on-call rotation",
    "Documented https://example.com/2020/12 pages",
    "Worked for 3 years on the platform team",
    "Over 3 years, developed the billing service",
    "Over the course of 2 years, built the billing API",
    "In the past 2 years, maintained the CI pipeline",
    "With 5 years of experience, built backend services",
    "Bringing 4 years of backend experience to the team",
    "Built 2D and 3D viewers for the M1 port",
    "Shipped 5G modem firmware",
    "Took the product from zero to production",
    "Ported the flight code to a Raspberry Pi Zero",
    "Wrote a 16-bit emulator in Rust",
    "Held 1-on-1 meetings with the team",
    "Built an RFC 9110-compliant HTTP server",
]


@pytest.mark.parametrize("text", QUANTIFIED)
def test_quantified(text: str) -> None:
    assert is_quantified(text)


@pytest.mark.parametrize("text", NOT_QUANTIFIED)
def test_not_quantified(text: str) -> None:
    assert not is_quantified(text)
