import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

export const dialogue: LessonSection<'dialogue'> = [
  {
    speaker: 'xiaochen',
    text: '师傅，我刚在容器上搭建过公司网站，现在要在生产环境中搭建公司网站，我感觉只用容器来搭建恐怕不行吧？',
  },
  {
    speaker: 'daliu',
    text: '是会有些问题。设想一下，如果容器所在的宿主机出现故障，或者网站应用需要停机升级，又或者用户访问量超过了单个容器的处理能力，会怎样？',
  },
  {
    speaker: 'xiaochen',
    text: '网站可能会无法提供服务，导致业务无法开展。应该如何解决呢？',
  },
  {
    speaker: 'daliu',
    text: '一个好汉三个帮咯。这就需要运行多个相同应用的容器，并构成一个跨服务器的容器集群，对外提供统一的访问地址。如此，当一个容器发生异常或其应用需要升级时，由于其他容器未受影响，整个集群可以照常提供服务。容器集群可提供远超单实例的处理能力，还可以根据业务负载的变化，相应调整集群中的容器数量，实现业务的弹性。',
  },
  {
    speaker: 'xiaochen',
    text: '明白了。那么，管理容器集群会很复杂吗？',
  },
  {
    speaker: 'daliu',
    text: '这个问题问得好。随着容器技术的普及，容器集群技术也在飞速发展，现在已经很成熟了，容器集群的管理自动化、智能化程度很高，大大节省了运维人员的时间精力，比如我们常说的Kubernetes技术就是这样。',
  },
  {
    speaker: 'xiaochen',
    text: '哦，好像听过这个名字，那我先去了解下容器编排技术。',
  },
]
