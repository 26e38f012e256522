using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace SpineTriage.Benchmarks;

/// <summary>
/// Runs a class's benchmarks under workstation GC without background collection. BenchmarkDotNet 0.14 builds one
/// executable per build partition and takes the GC mode of the partition's first job, so <c>[GcConcurrent(false)]</c>
/// alone reached the process only when no other class ran (checked with <see cref="GC.GetConfigurationVariables"/>);
/// the MSBuild argument puts these benchmarks in a build partition, and an executable, of their own.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class BlockingGcAttribute() : JobMutatorConfigBaseAttribute(
    Job.Default.WithGcConcurrent(false).WithArguments([new MsBuildArgument("/p:ConcurrentGarbageCollection=false")]));
